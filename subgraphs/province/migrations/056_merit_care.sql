-- Care for people with merit with the revolution (người có công với cách mạng; spec §6; Pháp lệnh ưu đãi người có
-- công với cách mạng 02/2020/UBTVQH14, Điều 3): the register of the people a member or a cadre is linked to
-- (themselves or their family), the organisation responsible for their care, and the visits and gifts given on
-- each occasion (27 July, Ngày Thương binh – Liệt sĩ; Tết Nguyên đán). Whether a person is due, overdue or done
-- for an occasion is computed from these rows and the configured dates (config/merit-care-rules.json).

-- Điều 3 khoản 1 (the categories of people with merit) and khoản 2 (their relatives), as the register keeps them;
-- a liệt sĩ is registered through the living relative cared for (THAN_NHAN_LIET_SI).
CREATE TYPE merit_category AS ENUM (
  'HOAT_DONG_CM_TRUOC_1945', 'HOAT_DONG_CM_1945_KHOI_NGHIA', 'THAN_NHAN_LIET_SI', 'BA_ME_VN_ANH_HUNG',
  'ANH_HUNG_LLVT', 'ANH_HUNG_LAO_DONG_KHANG_CHIEN', 'THUONG_BINH', 'BENH_BINH', 'NHIEM_CHAT_DOC_HOA_HOC',
  'BI_DICH_BAT_TU_DAY', 'HOAT_DONG_KHANG_CHIEN', 'CO_CONG_GIUP_DO_CM', 'KHAC'
);
-- the person's relation to the member or cadre they are linked to (SELF: the member or cadre themselves)
CREATE TYPE merit_relation AS ENUM ('SELF', 'CHA', 'ME', 'VO_CHONG', 'CON', 'KHAC');
CREATE TYPE merit_occasion_kind AS ENUM ('THUONG_BINH_LIET_SI', 'TET');
CREATE TYPE merit_care_kind AS ENUM ('VISIT', 'GIFT');

CREATE TABLE merit_person (
  -- kept across provinces: the person travels with the member (recordParts) under the same id
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name     text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 200),
  birth_year    int CHECK (birth_year BETWEEN 1880 AND 2100),
  sex           sex NOT NULL,
  category      merit_category NOT NULL,
  -- linked to a member of this province, or to a cadre who is not a member, named
  member_id     uuid REFERENCES member (id),
  cadre_name    text CHECK (cadre_name IS NULL OR length(cadre_name) BETWEEN 2 AND 200),
  relation      merit_relation NOT NULL,
  -- the cell or commune-level organisation responsible for the care
  org_id        uuid NOT NULL REFERENCES party_org (id),
  registered_on date NOT NULL,
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL,
  CHECK ((member_id IS NULL) <> (cadre_name IS NULL))
);
-- Member.meritPeople and the transfer's export
CREATE INDEX merit_person_member_idx ON merit_person (member_id) WHERE member_id IS NOT NULL;
-- the scoped lists (a cell's, a commune's organisations)
CREATE INDEX merit_person_org_idx ON merit_person (org_id, id);

CREATE TABLE merit_care (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id     uuid NOT NULL REFERENCES merit_person (id),
  kind          merit_care_kind NOT NULL,
  occasion_kind merit_occasion_kind NOT NULL,
  -- the Gregorian year of the occasion's day (Tết 2027 is 6 February 2027)
  occasion_year int NOT NULL CHECK (occasion_year BETWEEN 2000 AND 2100),
  given_on      date NOT NULL,
  value_vnd     bigint NOT NULL CHECK (value_vnd BETWEEN 0 AND 1000000000),
  given_by      text NOT NULL CHECK (length(given_by) BETWEEN 3 AND 200),
  recorded_at   timestamptz NOT NULL DEFAULT now(),
  actor         text NOT NULL,
  -- one visit or gift per person and occasion: a second is refused (MERIT_CARE_ALREADY_RECORDED)
  UNIQUE (person_id, occasion_kind, occasion_year)
);
-- the due lists and the report's figures: who is done for an occasion
CREATE INDEX merit_care_occasion_idx ON merit_care (occasion_kind, occasion_year) INCLUDE (person_id, given_on);
