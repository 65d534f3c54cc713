-- Team exchange (.parcheck packages between laptops).

-- Every package applied here, so that importing the same package again changes nothing.
CREATE TABLE exchange_package (
    package_id   UUID           NOT NULL PRIMARY KEY,
    imported_at  TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    imported_by  VARCHAR(200),
    created_by   VARCHAR(200),
    created_at   VARCHAR(40),
    file_name    VARCHAR(1000),
    summary      VARCHAR(2000)
);

-- Per visit or plan (owner_uuid), the content hashes of every item (answer, figure, finding, team member...)
-- this laptop has exchanged: the merge's memory of what the other laptops have already seen (README "Team exchange").
CREATE TABLE exchange_history (
    owner_uuid    UUID        NOT NULL PRIMARY KEY,
    history_json  CLOB        NOT NULL,
    updated_at    TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP
);
