-- Nhật ký truy cập: every read of member records, one row per request (who, which members, through which fields,
-- a hash of the question without its variables). Append-only: the table refuses UPDATE, DELETE and TRUNCATE.
CREATE TABLE nhat_ky_truy_cap (
  ma_nhat_ky    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  thoi_diem     timestamptz NOT NULL DEFAULT now(),
  nguoi_truy_cap text NOT NULL,
  vai_tro       text NOT NULL,
  ds_dang_vien  uuid[] NOT NULL,
  ds_truong     text[] NOT NULL,
  ma_bam_truy_van text NOT NULL
);
CREATE INDEX nhat_ky_truy_cap_thoi_diem_idx ON nhat_ky_truy_cap (thoi_diem);

CREATE FUNCTION nhat_ky_chi_ghi_them() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'nhat_ky_truy_cap is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER nhat_ky_chi_ghi_them BEFORE UPDATE OR DELETE ON nhat_ky_truy_cap FOR EACH ROW EXECUTE FUNCTION nhat_ky_chi_ghi_them();
CREATE TRIGGER nhat_ky_khong_xoa BEFORE TRUNCATE ON nhat_ky_truy_cap FOR EACH STATEMENT EXECUTE FUNCTION nhat_ky_chi_ghi_them();
