-- Local registration: the language e-mails are written in, e-mail as the unique login, when each one-time link
-- was issued (to throttle re-sending) and the new address an e-mail change waits to confirm.
ALTER TABLE account ADD COLUMN preferred_language VARCHAR(2) DEFAULT 'vi' NOT NULL;
CREATE UNIQUE INDEX account_email ON account (email);

ALTER TABLE account_token ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account_token ADD COLUMN new_email VARCHAR(200);
CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- Failed logins per client address (any login name), so one address cannot try many accounts; counted in the
-- database so the limit holds when several nodes serve the logins. Rows older than the window are deleted.
CREATE TABLE login_failure (
    address   VARCHAR(64) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_address ON login_failure (address, failed_at);
CREATE INDEX login_failure_time ON login_failure (failed_at);
