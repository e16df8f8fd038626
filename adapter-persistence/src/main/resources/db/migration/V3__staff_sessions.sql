-- Review pages: staff sessions and one-time sign-in links, shared by every instance of the service.
-- Only the SHA-256 of a token is stored: the table alone signs nobody in.

CREATE TABLE staff_session (
    token_sha256 varchar(64) NOT NULL,
    user_id      bigint      NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    last_used_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_staff_session PRIMARY KEY (token_sha256),
    CONSTRAINT fk_staff_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_staff_session_last_used ON staff_session (last_used_at);

CREATE TABLE sign_in_link (
    token_sha256 varchar(64)   NOT NULL,
    user_id      bigint        NOT NULL,
    return_to    varchar(2048) NOT NULL,
    expires_at   timestamp with time zone NOT NULL,
    CONSTRAINT pk_sign_in_link PRIMARY KEY (token_sha256),
    CONSTRAINT fk_sign_in_link_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_sign_in_link_expires ON sign_in_link (expires_at);
