// Demo data of process 6, directives and feedback: four directives before asOf (two of the provincial committee,
// one to the whole province and one to two communes; one of a commune committee to its commune; one of the
// provincial committee the day before asOf), read by a share of their audience that falls with their age
// (75%, 45%, 25%, 5%), and feedback from ~4% of readers: a third still open, a third answered, a third closed.
// Ids come from md5 of the seed and a label; a row is added only when its key is absent, so a second run adds
// nothing.
import type { PoolClient } from '../../../../shared/db.ts';
import type { AreaSeeder } from '../../core/area.ts';

const TZ = `'Asia/Ho_Chi_Minh'`;

interface DemoDirective {
  label: string;
  /** 'ROOT' or the n-th commune committee (by a hash of its id). */
  issuer: 'ROOT' | 0;
  /** 'ROOT', or commune committees by the same order. */
  audience: 'ROOT' | number[];
  title: string;
  docNo: string;
  body: string;
  daysBeforeAsOf: number;
  readPercent: number;
}

const DIRECTIVES: DemoDirective[] = [
  {
    label: 'd1', issuer: 'ROOT', audience: 'ROOT', daysBeforeAsOf: 40, readPercent: 75, docNo: '15-CT/TU',
    title: 'Chỉ thị về tăng cường công tác phát triển đảng viên và nâng cao chất lượng sinh hoạt chi bộ',
    body: 'Các chi bộ tổ chức quán triệt đến toàn thể đảng viên; sinh hoạt thường kỳ bảo đảm thời lượng và đăng tài liệu lên Sổ tay đảng viên trước ít nhất 01 ngày.',
  },
  {
    label: 'd2', issuer: 'ROOT', audience: [0, 1], daysBeforeAsOf: 12, readPercent: 45, docNo: '08-HD/BTCTU',
    title: 'Hướng dẫn sinh hoạt chuyên đề quý IV về chuyển đổi số trong công tác đảng',
    body: 'Chi bộ lựa chọn nội dung chuyên đề phù hợp; báo cáo kết quả về Đảng ủy xã trước ngày 25 tháng cuối quý.',
  },
  {
    label: 'd3', issuer: 0, audience: [0], daysBeforeAsOf: 5, readPercent: 25, docNo: '21-TB/ĐU',
    title: 'Thông báo lịch sinh hoạt chi bộ và thu đảng phí tháng tới',
    body: 'Đề nghị các đồng chí bí thư chi bộ đăng lịch sinh hoạt trước ngày 20 và hoàn thành thu nộp đảng phí đúng hạn.',
  },
  {
    label: 'd4', issuer: 'ROOT', audience: 'ROOT', daysBeforeAsOf: 1, readPercent: 5, docNo: '02-KH/TU',
    title: 'Kế hoạch tổng kết công tác xây dựng Đảng năm 2026',
    body: 'Các tổ chức cơ sở đảng xây dựng báo cáo tổng kết theo đề cương gửi kèm.',
  },
];

const FEEDBACK = [
  'Đề nghị hướng dẫn cụ thể hơn cách đăng tài liệu lên Sổ tay đối với chi bộ ở thôn xa.',
  'Chi bộ chúng tôi đã triển khai; đề nghị bổ sung mẫu biên bản sinh hoạt.',
  'Xin ý kiến về việc đảng viên cao tuổi chưa sử dụng được ứng dụng.',
];

// Every statement starts from the same parameters, named once in the CTE `p`: asOf, the seed, the directive's
// label, its age in days, its read percent, the issuing commune's index (null: the provincial committee) and the
// audience communes' indexes (null: the whole province).
const PARAMS = `p AS (SELECT $1::date AS as_of, $2::text AS seed, $3::text AS label, $4::int AS days, $5::int AS read_pct,
    $6::int AS issuer_n, $7::int[] AS audience_n)`;
const ID = `(SELECT md5(p.seed || 'directive-' || p.label)::uuid FROM p)`;
const PUBLISHED = `(SELECT ((p.as_of - p.days) + time '08:00') AT TIME ZONE ${TZ} FROM p)`;
const EVENING = `(SELECT (p.as_of + time '20:00') AT TIME ZONE ${TZ} FROM p)`;
/** Active commune committees numbered in a fixed order from the seed, so "the first commune" is stable. */
const COMMUNES = `commune AS (SELECT o.id, row_number() OVER (ORDER BY md5(o.id::text || p.seed), o.id) - 1 AS n
    FROM party_org o, p WHERE o.level = 'XA' AND o.active)`;

const INSERT_DIRECTIVE = `WITH ${PARAMS}, ${COMMUNES}, issuer AS (
    SELECT o.id FROM party_org o, p WHERE p.issuer_n IS NULL AND o.parent_id IS NULL
    UNION ALL SELECT c.id FROM commune c, p WHERE c.n = p.issuer_n
  )
  INSERT INTO directive (id, issuer_org_id, title, doc_no, body, published_at, published_by)
  SELECT ${ID}, i.id, $8, $9, $10, ${PUBLISHED}, 'seed' FROM issuer i
   WHERE NOT EXISTS (SELECT 1 FROM directive WHERE id = ${ID})`;

const INSERT_AUDIENCE = `WITH ${PARAMS}, ${COMMUNES}, audience AS (
    SELECT o.id FROM party_org o, p WHERE p.audience_n IS NULL AND o.parent_id IS NULL
    UNION ALL SELECT c.id FROM commune c, p WHERE c.n = ANY (p.audience_n)
  )
  INSERT INTO directive_audience (directive_id, org_id)
  SELECT d.id, a.id FROM directive d, audience a
   WHERE d.id = ${ID} AND NOT EXISTS (SELECT 1 FROM directive_audience x WHERE x.directive_id = d.id AND x.org_id = a.id)`;

// Readers: audience members (live, not exempt, cell under an audience org) chosen by a hash; reads spread over
// the days since publication, up to asOf's evening.
const INSERT_READS = `WITH RECURSIVE ${PARAMS}, sub AS (
    SELECT org_id AS id FROM directive_audience WHERE directive_id = ${ID}
    UNION SELECT o.id FROM sub JOIN party_org o ON o.parent_id = sub.id
  ), reader AS (
    SELECT e.id, abs(hashtext(e.id::text || p.seed || p.label)::bigint) AS h FROM member e JOIN sub ON sub.id = e.cell_id, p
     WHERE e.left_on IS NULL AND e.state IN ('ACTIVE', 'IN_TRANSIT')
  )
  INSERT INTO directive_read (directive_id, member_id, read_at)
  SELECT ${ID}, r.id, ${PUBLISHED} + make_interval(mins => (r.h / 100 % (p.days * 24 * 60 + 720))::int)
    FROM reader r, p
   WHERE r.h % 100 < p.read_pct
     AND NOT EXISTS (SELECT 1 FROM directive_read x WHERE x.directive_id = ${ID} AND x.member_id = r.id)`;

// Feedback from ~4% of readers an hour after reading, while before asOf's evening: a third left open, a third
// answered, a third closed, answered two days later but not after asOf's evening.
const INSERT_FEEDBACK = `WITH ${PARAMS}, fb AS (
    SELECT md5(r.member_id::text || p.seed || 'feedback-' || p.label)::uuid AS id, r.member_id,
           r.read_at + interval '1 hour' AS created_at,
           abs(hashtext(r.member_id::text || p.seed || 'feedback-' || p.label)::bigint) AS h
      FROM directive_read r, p WHERE r.directive_id = ${ID}
  ), chosen AS (
    SELECT fb.*, CASE WHEN h % 3 = 0 THEN 'OPEN' WHEN h % 3 = 1 THEN 'ANSWERED' ELSE 'CLOSED' END::feedback_status AS status,
           least(created_at + interval '2 days', ${EVENING}) AS answer_at
      FROM fb WHERE h % 100 < 4 AND created_at <= ${EVENING}
  )
  INSERT INTO directive_feedback (id, directive_id, member_id, body, created_at, status, answer, answered_at, answered_by)
  SELECT c.id, ${ID}, c.member_id, ($8::text[])[1 + (c.h / 7 % 3)::int], c.created_at, c.status,
         CASE WHEN c.status <> 'OPEN' THEN $9 END, CASE WHEN c.status <> 'OPEN' THEN c.answer_at END,
         CASE WHEN c.status <> 'OPEN' THEN 'seed' END
    FROM chosen c
   WHERE NOT EXISTS (SELECT 1 FROM directive_feedback x WHERE x.id = c.id)`;

const ANSWER = 'Cảm ơn đồng chí; Ban Tổ chức sẽ bổ sung hướng dẫn trong tháng.';

async function seedDirective(client: PoolClient, d: DemoDirective, asOf: string, seed: string): Promise<void> {
  const common = [asOf, seed, d.label, d.daysBeforeAsOf, d.readPercent, d.issuer === 'ROOT' ? null : d.issuer,
    d.audience === 'ROOT' ? null : d.audience];
  await client.query(INSERT_DIRECTIVE, [...common, d.title, d.docNo, d.body]);
  await client.query(INSERT_AUDIENCE, common);
  await client.query(INSERT_READS, common);
  await client.query(INSERT_FEEDBACK, [...common, FEEDBACK, ANSWER]);
}

export const directivesSeeder: AreaSeeder = {
  name: 'directives and feedback',
  async run(client, ctx) {
    for (const d of DIRECTIVES) await seedDirective(client, d, ctx.asOf, String(ctx.seed));
  },
};
