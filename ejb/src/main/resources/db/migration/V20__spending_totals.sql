-- Totals of declared expenditure, read by the overviews instead of adding up every item on every view (issue 16:
-- at 500,000 items the budget's sums took 0.5 s, the threshold warnings 1.4 s). Kept up to date in the transaction
-- that changes items by lv.ludza.openup.procurement.SpendingTotals (which holds the same statements per partner).

-- budget spent per partner and category (summed over months), spending per month (BudgetService)
create table spending_by_month (
    partner_id  bigint        not null references partner (id),
    category    varchar(30)   not null,
    paid_month  integer       not null,
    amount      numeric(16,2) not null,
    items       bigint        not null,
    primary key (partner_id, category, paid_month)
);

-- a partner report's totals per category, a project's reports (PartnerReportService)
create table spending_by_period (
    partner_id  bigint        not null references partner (id),
    period_id   bigint        not null references reporting_period (id),
    category    varchar(30)   not null,
    declared    numeric(16,2) not null,
    certified   numeric(16,2),
    items       bigint        not null,
    judged      bigint        not null,
    primary key (partner_id, period_id, category)
);

-- bought per partner, category and supplier, with the first invoice's date (ThresholdService.warnings)
create table spending_by_supplier (
    partner_id       bigint        not null references partner (id),
    category         varchar(30)   not null,
    supplier_id      bigint        not null references supplier (id),
    net              numeric(16,2) not null,
    first_issued_on  date          not null,
    primary key (partner_id, category, supplier_id)
);

insert into spending_by_month (partner_id, category, paid_month, amount, items)
    select partner_id, category, extract(year from paid_on) * 100 + extract(month from paid_on), sum(amount), count(*)
    from expenditure_item
    group by partner_id, category, extract(year from paid_on) * 100 + extract(month from paid_on);

insert into spending_by_period (partner_id, period_id, category, declared, certified, items, judged)
    select partner_id, period_id, category, sum(amount), sum(certified), count(*), count(verdict)
    from expenditure_item
    group by partner_id, period_id, category;

insert into spending_by_supplier (partner_id, category, supplier_id, net, first_issued_on)
    select e.partner_id, e.category, i.supplier_id, sum(l.amount_net), min(i.issued_on)
    from expenditure_item e
    join invoice_line l on l.id = e.invoice_line_id
    join invoice i on i.id = l.invoice_id
    group by e.partner_id, e.category, i.supplier_id;
