-- An invoice line declared as expenditure is described as "supplier, invoice number: line description": up to
-- 200 + 2 + 50 + 2 + 300 characters. varchar(300) made a long line's declaration fail in the database.
alter table expenditure_item alter column description set data type varchar(600);
alter table expenditure_item_aud alter column description set data type varchar(600);
