-- Hà Nội's party-member database as its own system keeps it (the shape predates the national standard): Vietnamese
-- names, the system's own codes (catalogue tables dm_* map them to the national ones), dates as DD/MM/YYYY text,
-- integer organisation ids with a materialised path, meeting times in local time without a time zone.
-- The adapter (src/) serves the national standard from these tables; it never changes them.

-- Danh mục dân tộc: the system's own codes; ma_quoc_gia is the national catalogue's 2-digit code.
CREATE TABLE dm_dan_toc (
  ma_dan_toc  varchar(10) PRIMARY KEY,
  ten_dan_toc text NOT NULL,
  ma_quoc_gia char(2) NOT NULL UNIQUE
);
INSERT INTO dm_dan_toc (ma_dan_toc, ten_dan_toc, ma_quoc_gia) VALUES
  ('KINH', 'Kinh', '01'),
  ('TAY', 'Tày', '02'),
  ('THAI', 'Thái', '03'),
  ('HOA', 'Hoa', '04'),
  ('KHOME', 'Khơ-me', '05'),
  ('MUONG', 'Mường', '06'),
  ('NUNG', 'Nùng', '07'),
  ('MONG', 'Mông', '08'),
  ('DAO', 'Dao', '09'),
  ('GIARAI', 'Gia-rai', '10'),
  ('NGAI', 'Ngái', '11'),
  ('EDE', 'Ê-đê', '12'),
  ('BANA', 'Ba-na', '13'),
  ('XODANG', 'Xơ-đăng', '14'),
  ('SANCHAY', 'Sán Chay', '15'),
  ('COHO', 'Cơ-ho', '16'),
  ('CHAM', 'Chăm', '17'),
  ('SANDIU', 'Sán Dìu', '18'),
  ('HRE', 'Hrê', '19'),
  ('MNONG', 'Mnông', '20'),
  ('RAGLAI', 'Ra-glai', '21'),
  ('XTIENG', 'Xtiêng', '22'),
  ('BRUVANKIEU', 'Bru-Vân Kiều', '23'),
  ('THO', 'Thổ', '24'),
  ('GIAY', 'Giáy', '25'),
  ('COTU', 'Cơ-tu', '26'),
  ('GIETRIENG', 'Gié-Triêng', '27'),
  ('MA', 'Mạ', '28'),
  ('KHOMU', 'Khơ-mú', '29'),
  ('CO', 'Co', '30'),
  ('TAOI', 'Tà-ôi', '31'),
  ('CHORO', 'Chơ-ro', '32'),
  ('KHANG', 'Kháng', '33'),
  ('XINHMUN', 'Xinh-mun', '34'),
  ('HANHI', 'Hà Nhì', '35'),
  ('CHURU', 'Chu-ru', '36'),
  ('LAO', 'Lào', '37'),
  ('LACHI', 'La Chí', '38'),
  ('LAHA', 'La Ha', '39'),
  ('PHULA', 'Phù Lá', '40'),
  ('LAHU', 'La Hủ', '41'),
  ('LU', 'Lự', '42'),
  ('LOLO', 'Lô Lô', '43'),
  ('CHUT', 'Chứt', '44'),
  ('MANG', 'Mảng', '45'),
  ('PATHEN', 'Pà Thẻn', '46'),
  ('COLAO', 'Cơ Lao', '47'),
  ('CONG', 'Cống', '48'),
  ('BOY', 'Bố Y', '49'),
  ('SILA', 'Si La', '50'),
  ('PUPEO', 'Pu Péo', '51'),
  ('BRAU', 'Brâu', '52'),
  ('ODU', 'Ơ Đu', '53'),
  ('ROMAM', 'Rơ-măm', '54');

-- Danh mục tôn giáo: likewise; "không tôn giáo" is a NULL ma_ton_giao.
CREATE TABLE dm_ton_giao (
  ma_ton_giao  varchar(10) PRIMARY KEY,
  ten_ton_giao text NOT NULL,
  ma_quoc_gia  char(2) NOT NULL UNIQUE
);
INSERT INTO dm_ton_giao (ma_ton_giao, ten_ton_giao, ma_quoc_gia) VALUES
  ('PHATGIAO', 'Phật giáo', '01'),
  ('CONGGIAO', 'Công giáo', '02'),
  ('TINLANH', 'Tin lành', '03'),
  ('CAODAI', 'Cao Đài', '04'),
  ('PHATGIAOHO', 'Phật giáo Hòa Hảo', '05'),
  ('HOIGIAO', 'Hồi giáo', '06'),
  ('TONGIAOBAH', 'Tôn giáo Baha''i', '07'),
  ('TINHDOCUSI', 'Tịnh độ Cư sĩ Phật hội Việt Nam', '08'),
  ('CODOCPHUCL', 'Cơ đốc Phục lâm Việt Nam', '09'),
  ('PHATGIAOTU', 'Phật giáo Tứ Ân Hiếu Nghĩa', '10'),
  ('MINHSUDAO', 'Minh Sư đạo', '11'),
  ('MINHLYDAOT', 'Minh Lý đạo – Tam Tông Miếu', '12'),
  ('GIAOHOICAC', 'Giáo hội Các Thánh hữu Ngày sau của Chúa Giê-su Ki-tô', '13'),
  ('BUUSONKYHU', 'Bửu Sơn Kỳ Hương', '14'),
  ('PHATGIAOHI', 'Phật giáo Hiếu Nghĩa Tà Lơn', '15'),
  ('BALAMONGIA', 'Bà-la-môn giáo', '16');

-- Tổ chức đảng: integer ids; duong_dan is the path of ids from the city committee down ('1/4/17'), the parent is
-- the path without its last id. cap: 1 Đảng bộ thành phố, 2 xã/phường, 3 cấp trên cơ sở, 4 đảng bộ cơ sở,
-- 5 chi bộ cơ sở, 6 chi bộ trực thuộc, 7 tổ đảng. ma_dinh_danh is the national id the standard serves.
CREATE TABLE to_chuc_dang (
  ma_to_chuc   integer PRIMARY KEY,
  ma_dinh_danh uuid NOT NULL UNIQUE,
  ten_to_chuc  text NOT NULL,
  cap          smallint NOT NULL CHECK (cap BETWEEN 1 AND 7),
  duong_dan    text NOT NULL UNIQUE CHECK (duong_dan ~ '^[0-9]+(/[0-9]+)*$'),
  ma_xa        char(5),
  hoat_dong    boolean NOT NULL DEFAULT true
);
CREATE INDEX to_chuc_dang_xa_idx ON to_chuc_dang (ma_xa);
CREATE INDEX to_chuc_dang_duong_dan_idx ON to_chuc_dang (duong_dan text_pattern_ops);

-- Đảng viên. gioi_tinh: 1 nam, 2 nữ. trang_thai: 'CT' chính thức, 'DB' dự bị. tinh_trang: 'SH' đang sinh hoạt,
-- 'MS' miễn sinh hoạt, 'CD' đang chuyển đi, 'TT' từ trần, 'XT' xóa tên, 'KT' khai trừ, 'RD' ra khỏi Đảng.
-- Dates are 'DD/MM/YYYY' text, as the old forms were typed in. ngay_den .. ngay_ra: while this city counts the
-- member (admission here or arrival by transfer, until leaving).
CREATE TABLE dang_vien (
  ma_dang_vien    uuid PRIMARY KEY,
  ho_ten          text NOT NULL,
  gioi_tinh       smallint NOT NULL CHECK (gioi_tinh IN (1, 2)),
  ngay_sinh       text NOT NULL CHECK (ngay_sinh ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'),
  so_cccd         varchar(12) NOT NULL,
  ma_dan_toc      varchar(10) REFERENCES dm_dan_toc (ma_dan_toc),
  ma_ton_giao     varchar(10) REFERENCES dm_ton_giao (ma_ton_giao),
  ngay_vao_dang   text NOT NULL CHECK (ngay_vao_dang ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'),
  ngay_chinh_thuc text CHECK (ngay_chinh_thuc ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'),
  trang_thai      char(2) NOT NULL CHECK (trang_thai IN ('CT', 'DB')),
  tinh_trang      char(2) NOT NULL DEFAULT 'SH' CHECK (tinh_trang IN ('SH', 'MS', 'CD', 'TT', 'XT', 'KT', 'RD')),
  ma_chi_bo       integer NOT NULL REFERENCES to_chuc_dang (ma_to_chuc),
  ngay_den        text NOT NULL CHECK (ngay_den ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$'),
  ngay_ra         text CHECK (ngay_ra ~ '^[0-9]{2}/[0-9]{2}/[0-9]{4}$')
);
CREATE INDEX dang_vien_chi_bo_idx ON dang_vien (ma_chi_bo, ma_dang_vien);

-- Sinh hoạt chi bộ. loai: 'TK' thường kỳ, 'CD' chuyên đề, 'KH' thường kỳ kết hợp chuyên đề, 'BT' bất thường.
-- Times are Hà Nội local time (timestamp without time zone), as the clerks enter them.
CREATE TABLE sinh_hoat_chi_bo (
  ma_buoi      uuid PRIMARY KEY,
  ma_chi_bo    integer NOT NULL REFERENCES to_chuc_dang (ma_to_chuc),
  loai         char(2) NOT NULL CHECK (loai IN ('TK', 'CD', 'KH', 'BT')),
  noi_dung     text NOT NULL,
  bat_dau      timestamp NOT NULL,
  ket_thuc     timestamp NOT NULL,
  gui_tai_lieu timestamp
);
CREATE INDEX sinh_hoat_chi_bo_bat_dau_idx ON sinh_hoat_chi_bo (bat_dau, ma_buoi);

-- Điểm danh: one row per member expected. co_mat: 'C' có mặt, 'P' vắng có phép, 'K' vắng không phép.
CREATE TABLE diem_danh (
  ma_buoi      uuid NOT NULL REFERENCES sinh_hoat_chi_bo (ma_buoi) ON DELETE CASCADE,
  ma_dang_vien uuid NOT NULL REFERENCES dang_vien (ma_dang_vien),
  co_mat       char(1) NOT NULL CHECK (co_mat IN ('C', 'P', 'K')),
  PRIMARY KEY (ma_buoi, ma_dang_vien)
);
