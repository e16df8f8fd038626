-- Outbound webhooks: subscriptions, and one outbox of outbound messages shared by every sink (webhook
-- deliveries and Open edX event bus entries), so that one dispatcher leases, sends, retries and records both.

-- A subscription's keys are kept as written (whsec_<base64>): the service must sign with them, so a digest would
-- not do; the API hands a key out once (creation, rotation) and never again.
CREATE TABLE subscription (
    id               varchar(40)   NOT NULL,
    url              varchar(2000) NOT NULL,
    event_types      jsonb,
    description      varchar(500),
    enabled          boolean       NOT NULL,
    disabled_reason  varchar(20),
    secret           varchar(200)  NOT NULL,
    previous_secret  varchar(200),
    rotated_at       timestamp with time zone,
    failing_since    timestamp with time zone,
    created_at       timestamp with time zone NOT NULL,
    CONSTRAINT pk_subscription PRIMARY KEY (id),
    CONSTRAINT ck_subscription_disabled_reason CHECK (disabled_reason IN ('failing'))
);

-- sink = webhook: one delivery of the feed event event_id to subscription_id; its commit_order is the event's seq.
-- sink = openedx: payload holds the message captured in the transaction; commit_order is numbered after commit
-- in the order the rows became visible (the feed sequencer's technique), committed_at is when it was numbered.
CREATE TABLE outbound_message (
    id                    bigint GENERATED ALWAYS AS IDENTITY,
    sink                  varchar(16)  NOT NULL,
    subscription_id       varchar(40),
    event_id              uuid,
    payload               jsonb,
    commit_order          bigint,
    committed_at          timestamp with time zone,
    state                 varchar(16)  NOT NULL,
    tries                 integer      NOT NULL,
    next_try_at           timestamp with time zone NOT NULL,
    leased_until          timestamp with time zone,
    lease_owner           varchar(64),
    last_try_at           timestamp with time zone,
    last_status           integer,
    last_error            varchar(200),
    last_response_excerpt varchar(1000),
    created_at            timestamp with time zone NOT NULL,
    CONSTRAINT pk_outbound_message PRIMARY KEY (id),
    CONSTRAINT fk_outbound_message_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_outbound_message_event FOREIGN KEY (event_id) REFERENCES review_event (id),
    CONSTRAINT ck_outbound_message_sink CHECK (sink IN ('webhook', 'openedx')),
    CONSTRAINT ck_outbound_message_state CHECK (state IN ('pending', 'delivered', 'failed')),
    CONSTRAINT ck_outbound_message_content CHECK ((sink = 'webhook' AND subscription_id IS NOT NULL
        AND event_id IS NOT NULL AND payload IS NULL) OR (sink <> 'webhook' AND subscription_id IS NULL
        AND event_id IS NULL AND payload IS NOT NULL))
);
CREATE INDEX ix_outbound_message_subscription ON outbound_message (subscription_id, id);
CREATE INDEX ix_outbound_message_event ON outbound_message (event_id);

-- [jooq ignore start]
-- Partial indexes: PostgreSQL only. The dispatcher reads pending messages in commit order and numbers new ones.
CREATE INDEX ix_outbound_message_pending ON outbound_message (sink, commit_order) WHERE state = 'pending';
CREATE INDEX ix_outbound_message_unnumbered ON outbound_message (id) WHERE commit_order IS NULL;
-- Leases are few and short: the check "does another dispatcher hold this lane" reads only them.
CREATE INDEX ix_outbound_message_leased ON outbound_message (sink, subscription_id) WHERE leased_until IS NOT NULL;
-- [jooq ignore stop]
