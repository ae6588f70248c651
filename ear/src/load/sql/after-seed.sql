-- Run at the end of seed-100x.sql: the spending totals the overviews read (migration V20, kept by
-- lv.ludza.openup.procurement.SpendingTotals in the application's transactions) computed again from every item,
-- since the seeding wrote the items with plain SQL. The same statements as the migration's, for all partners.
delete from spending_by_month;
delete from spending_by_period;
delete from spending_by_supplier;

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
