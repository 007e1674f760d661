// Row types of directives and feedback (process 6, db.ts).

export type FeedbackStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

export interface DirectiveRow {
  id: string;
  issuer_org_id: string;
  title: string;
  doc_no: string | null;
  body: string;
  published_at: Date;
  published_by: string;
}

export interface DirectiveFeedbackRow {
  id: string;
  directive_id: string;
  member_id: string;
  body: string;
  created_at: Date;
  status: FeedbackStatus;
  answer: string | null;
  answered_at: Date | null;
  answered_by: string | null;
}

/** A directive as one member sees it; `id` is the directive's (keyset of memberDirectives). */
export interface MemberDirectiveRow {
  id: string;
  member_id: string;
  read_at: Date | null;
}

export interface DirectiveReportRow {
  directives_published: number;
  feedback_received: number;
  feedback_answered: number;
  open_feedback: number;
}
