-- The lists at 100× the demo (issue 16): indexes for their filters, sorts and joins, each named with the query it
-- serves, checked with EXPLAIN on PostgreSQL at 500,000 items / 100,000 invoices / 50,000 assets.
--
-- The three biggest lists are a project's: its expenditure items, invoices and assets. Joined through the partner,
-- a page of 20 sorted every row of the project first (40,000 invoices: 50 ms). The project is kept on their rows
-- (it follows the partner: InProject.stored), so a page is read in order from one index and stops after 20 rows.

alter table expenditure_item add column project_id bigint;
update expenditure_item set project_id = (select p.project_id from partner p where p.id = expenditure_item.partner_id);
alter table expenditure_item alter column project_id set not null;
alter table expenditure_item add constraint fk_expenditure_item_project foreign key (project_id) references project (id);

alter table invoice add column project_id bigint;
update invoice set project_id = (select p.project_id from partner p where p.id = invoice.partner_id);
alter table invoice alter column project_id set not null;
alter table invoice add constraint fk_invoice_project foreign key (project_id) references project (id);

alter table asset add column project_id bigint;
update asset set project_id = (select p.project_id from partner p where p.id = asset.partner_id);
alter table asset alter column project_id set not null;
alter table asset add constraint fk_asset_project foreign key (project_id) references project (id);

-- the expenditure list of a project, newest payment first (ExpenditureService.page, sorted by paidOn, id)
create index ix_expenditure_project_paid on expenditure_item (project_id, paid_on, id);

-- the invoices of a project by number (InvoiceService.page, default sort number, id)
create index ix_invoice_project_number on invoice (project_id, number, id);

-- the assets of a project by inventory number (InventoryService.page, default sort inventory_number, id)
create index ix_asset_project_number on asset (project_id, inventory_number, id);

-- a partner report's items page by page in the order of payment (ExpenditureService.page filtered by partner and
-- period; ExpenditureItem.ofReport for its exports); it leads with the columns of the index it replaces
create index ix_expenditure_report_paid on expenditure_item (partner_id, period_id, paid_on, id);
drop index ix_expenditure_partner_period;

-- an invoice line's declaration (ExpenditureItem.ofInvoiceLine, .ofInvoice: "declared already?", the invoice page,
-- the invoice save's check, the spending totals by supplier): was a sequential scan of every item
create index ix_expenditure_invoice_line on expenditure_item (invoice_line_id);

-- the groups of the spending totals that a change of an item computes again (SpendingTotals.refreshGroups): its
-- month (partner, category, days of the month) and its period (partner, period, category)
create index ix_expenditure_month_group on expenditure_item (partner_id, category, paid_on);
create index ix_expenditure_period_group on expenditure_item (partner_id, period_id, category);

-- the threshold warnings join the spending totals to the supplier (their primary keys start with partner_id)
create index ix_spending_by_supplier_supplier on spending_by_supplier (supplier_id);
