-- Users who log in through the municipality's directory (LDAP / Active Directory, wildfly-config/cli/ldap.cli):
-- the application keeps their row (name, e-mail, partner, language, last login, roles as the directory gave them at
-- the last login) but no password: the directory checks it. The server's JDBC realm finds only local users.
alter table app_user add column directory_user boolean default false not null;
alter table app_user alter column password_hash drop not null;
alter table app_user_aud add column directory_user boolean;
