-- The Centre's registry of province-level units, seeded from schema/provinces.json.
CREATE TYPE province_kind AS ENUM ('CITY', 'PROVINCE');

CREATE TABLE province (
  code       char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
  name       text NOT NULL UNIQUE,
  ascii_name text NOT NULL UNIQUE,
  kind       province_kind NOT NULL
);
