-- A stock-take scan of a number that is not in the register is kept (outcome NOT_IN_REGISTER, no asset, the text
-- as scanned), so the protocol lists it; it was only shown on the screen and lost on reload.
alter table stock_take_entry alter column asset_id drop not null;
alter table stock_take_entry add column scanned_text varchar(200);
alter table stock_take_entry_aud add column scanned_text varchar(200);
alter table stock_take_entry add constraint ck_stock_take_entry_what
    check (asset_id is not null or (outcome = 'NOT_IN_REGISTER' and scanned_text is not null));
