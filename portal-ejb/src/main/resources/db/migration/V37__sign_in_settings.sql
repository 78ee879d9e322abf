-- Two portal settings of the sign-in: the idle time before a signed-in user is signed out, and
-- whether a contact's e-mail address is its username.
INSERT INTO portal_setting (name, setting_value, version) VALUES ('idle-sign-out-minutes', '30', 0);
INSERT INTO portal_setting (name, setting_value, version) VALUES ('email-as-username', 'false', 0);
