-- Process 2 (records, phiếu 2-HSĐV): the record fields beyond identity. NULL for rows that predate them, so
-- existing records stay valid and the data-quality reports can count what is missing.
CREATE TYPE political_theory AS ENUM ('SO_CAP', 'TRUNG_CAP', 'CAO_CAP', 'CU_NHAN');

ALTER TABLE member
  ADD COLUMN birthplace             text CHECK (length(birthplace) BETWEEN 1 AND 300),
  ADD COLUMN hometown               text CHECK (length(hometown) BETWEEN 1 AND 300),
  ADD COLUMN phone                  text CHECK (phone ~ '^0[0-9]{9,10}$'),
  ADD COLUMN occupation             text CHECK (length(occupation) BETWEEN 1 AND 200),
  -- general education as written on the form: grades completed / grades of the system, e.g. 12/12 or 9/10
  ADD COLUMN education_general      text CHECK (education_general ~ '^[0-9]{1,2}/1[02]$'),
  ADD COLUMN education_professional text CHECK (length(education_professional) BETWEEN 1 AND 200),
  ADD COLUMN political_theory       political_theory,
  -- number of the admission decision (quyết định kết nạp); with the citizen ID it identifies an admission, so
  -- a bulk upload of the same records twice applies nothing twice
  ADD COLUMN admission_decision_no  text CHECK (length(admission_decision_no) BETWEEN 1 AND 50);
