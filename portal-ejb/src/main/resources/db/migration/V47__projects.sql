-- Projects the desk runs for a customer or a site (Sicon Self Service; SDF KundOnline): the project
-- table of V12 gets its description, status, dates, project manager and budget; a project has
-- objectives, a work list of tasks and milestones, requests for change the customer decides, and
-- lines (articles, hours, prices). A case may belong to a project (its issues list).
-- Same portable subset as V1.

CREATE SEQUENCE project_part_seq START WITH 1000 INCREMENT BY 50;

ALTER TABLE project ADD description NVARCHAR(4000) NULL;
ALTER TABLE project ADD status NVARCHAR(12) DEFAULT 'PLANNED' NOT NULL;
ALTER TABLE project ADD start_date DATE NULL;
ALTER TABLE project ADD end_date DATE NULL;
ALTER TABLE project ADD manager_id BIGINT NULL;
ALTER TABLE project ADD budget DECIMAL(14, 2) NULL;
ALTER TABLE project ADD CONSTRAINT fk_project_manager FOREIGN KEY (manager_id) REFERENCES user_account (id);
ALTER TABLE project ADD CONSTRAINT ck_project_status
    CHECK (status IN ('PLANNED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'));
CREATE INDEX ix_project_manager ON project (manager_id);

CREATE TABLE project_objective (
    id          BIGINT         NOT NULL,
    project_id  BIGINT         NOT NULL,
    sort_order  INT            NOT NULL,
    objective   NVARCHAR(1000) NOT NULL,
    achieved    BIT            DEFAULT 0 NOT NULL,
    CONSTRAINT pk_project_objective PRIMARY KEY (id),
    CONSTRAINT fk_project_objective_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_project_objective_project ON project_objective (project_id);

-- A milestone has one planned date (planned_end); the calendar lists milestones by it.
CREATE TABLE project_work_item (
    id            BIGINT        NOT NULL,
    project_id    BIGINT        NOT NULL,
    sort_order    INT           NOT NULL,
    kind          NVARCHAR(10)  NOT NULL,
    name          NVARCHAR(200) NOT NULL,
    planned_start DATE          NULL,
    planned_end   DATE          NULL,
    actual_start  DATE          NULL,
    actual_end    DATE          NULL,
    status        NVARCHAR(12)  NOT NULL,
    percent_done  INT           DEFAULT 0 NOT NULL,
    CONSTRAINT pk_project_work_item PRIMARY KEY (id),
    CONSTRAINT fk_project_work_item_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT ck_project_work_item_kind CHECK (kind IN ('TASK', 'MILESTONE')),
    CONSTRAINT ck_project_work_item_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    CONSTRAINT ck_project_work_item_percent CHECK (percent_done BETWEEN 0 AND 100)
);
CREATE INDEX ix_project_work_item_project ON project_work_item (project_id);
CREATE INDEX ix_project_work_item_planned ON project_work_item (kind, planned_end);

CREATE TABLE project_change (
    id               BIGINT         NOT NULL,
    project_id       BIGINT         NOT NULL,
    change_number    INT            NOT NULL,
    description      NVARCHAR(2000) NOT NULL,
    cost_impact      DECIMAL(14, 2) NULL,
    time_impact_days INT            NULL,
    state            NVARCHAR(10)   NOT NULL,
    raised_at        DATETIME2      NOT NULL,
    decided_by_id    BIGINT         NULL,
    decided_at       DATETIME2      NULL,
    customer_comment NVARCHAR(2000) NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_project_change PRIMARY KEY (id),
    CONSTRAINT uq_project_change_number UNIQUE (project_id, change_number),
    CONSTRAINT fk_project_change_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_project_change_decided_by FOREIGN KEY (decided_by_id) REFERENCES contact (id),
    CONSTRAINT ck_project_change_state CHECK (state IN ('WAITING', 'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_project_change_decided_by ON project_change (decided_by_id);

CREATE TABLE project_line (
    id             BIGINT         NOT NULL,
    project_id     BIGINT         NOT NULL,
    sort_order     INT            NOT NULL,
    article        NVARCHAR(40)   NOT NULL,
    description    NVARCHAR(200)  NULL,
    hours          DECIMAL(9, 2)  NULL,
    price          DECIMAL(14, 2) NOT NULL,
    purchase_price DECIMAL(14, 2) NULL,
    CONSTRAINT pk_project_line PRIMARY KEY (id),
    CONSTRAINT fk_project_line_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_project_line_project ON project_line (project_id);

-- The project's issues list: cases raised for the project.
ALTER TABLE service_case ADD project_id BIGINT NULL;
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_project FOREIGN KEY (project_id) REFERENCES project (id);
CREATE INDEX ix_service_case_project ON service_case (project_id);

-- The portal's Projects tab, off until an administrator turns it on.
INSERT INTO portal_setting (name, setting_value, version) VALUES ('tab-projects', 'false', 0);
