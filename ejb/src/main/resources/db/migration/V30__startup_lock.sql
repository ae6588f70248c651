-- The row each server locks (SELECT ... FOR UPDATE) while it does what only one server of a cluster may do when it
-- starts: load the demo data, create the first administrator. A second node starting at the same moment waits for
-- the first one's transaction and then finds the work done. (Flyway's migrations have their own lock.)
insert into app_setting (setting_key, setting_value) values ('startup.lock', 'one node at a time');
