-- Issue 17 item 8 (ASVS 2.1, 2.5.1): a password an administrator handed out (a new officer's, or one after a reset)
-- only lets its holder set a password of their own. Until then every session of the account can do nothing else.
ALTER TABLE officer ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
ALTER TABLE platform_account ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
