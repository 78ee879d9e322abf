-- Service and install orders on a site, their lines, and the fault reports customers send
-- ("request service") that become orders directly or after the desk accepts them.
-- Same portable subset as V1.

CREATE SEQUENCE work_order_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE work_order_number_seq START WITH 50001 INCREMENT BY 1;
CREATE SEQUENCE order_line_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE fault_report_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE work_order (
    id               BIGINT         NOT NULL,
    order_number     BIGINT         NOT NULL,
    order_type       NVARCHAR(10)   NOT NULL,
    customer_id      BIGINT         NOT NULL,
    equipment_id     BIGINT         NULL,
    case_id          BIGINT         NULL,
    status           NVARCHAR(12)   NOT NULL,
    description      NVARCHAR(2000) NOT NULL,
    planned_date     DATE           NULL,
    visit_at         DATETIME2      NULL,
    technician_id    BIGINT         NULL,
    performed_action NVARCHAR(4000) NULL,
    created_at       DATETIME2      NOT NULL,
    completed_at     DATETIME2      NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT pk_work_order PRIMARY KEY (id),
    CONSTRAINT uq_work_order_number UNIQUE (order_number),
    CONSTRAINT fk_work_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_work_order_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT fk_work_order_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_work_order_technician FOREIGN KEY (technician_id) REFERENCES user_account (id),
    CONSTRAINT ck_work_order_type CHECK (order_type IN ('SERVICE', 'INSTALL')),
    CONSTRAINT ck_work_order_status CHECK (status IN ('PLANNED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX ix_work_order_customer ON work_order (customer_id, status);
CREATE INDEX ix_work_order_equipment ON work_order (equipment_id);
CREATE INDEX ix_work_order_case ON work_order (case_id);

CREATE TABLE order_line (
    id             BIGINT         NOT NULL,
    work_order_id  BIGINT         NOT NULL,
    line_number    INT            NOT NULL,
    article        NVARCHAR(40)   NOT NULL,
    description    NVARCHAR(200)  NULL,
    quantity       DECIMAL(12, 3) NOT NULL,
    price          DECIMAL(14, 2) NOT NULL,
    purchase_price DECIMAL(14, 2) NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT pk_order_line PRIMARY KEY (id),
    CONSTRAINT uq_order_line_number UNIQUE (work_order_id, line_number),
    CONSTRAINT fk_order_line_order FOREIGN KEY (work_order_id) REFERENCES work_order (id)
);

CREATE TABLE fault_report (
    id            BIGINT         NOT NULL,
    customer_id   BIGINT         NOT NULL,
    equipment_id  BIGINT         NULL,
    contact_id    BIGINT         NOT NULL,
    description   NVARCHAR(2000) NOT NULL,
    status        NVARCHAR(10)   NOT NULL,
    reject_reason NVARCHAR(1000) NULL,
    work_order_id BIGINT         NULL,
    created_at    DATETIME2      NOT NULL,
    decided_at    DATETIME2      NULL,
    decided_by    NVARCHAR(120)  NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT pk_fault_report PRIMARY KEY (id),
    CONSTRAINT fk_fault_report_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_fault_report_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id),
    CONSTRAINT fk_fault_report_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT fk_fault_report_order FOREIGN KEY (work_order_id) REFERENCES work_order (id),
    CONSTRAINT ck_fault_report_status CHECK (status IN ('WAITING', 'ACCEPTED', 'REJECTED', 'ORDERED'))
);
CREATE INDEX ix_fault_report_status ON fault_report (status, created_at);
CREATE INDEX ix_fault_report_customer ON fault_report (customer_id);
