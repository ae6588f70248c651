-- The evidence pack of a partner report (issue 20): an item declared by a travel settlement knows its travel order
-- and expense, so the trip's documents and the expense's receipts are found by them; the works of a contract by an
-- index.
alter table expenditure_item add column travel_order_id bigint references travel_order (id);
alter table expenditure_item add column travel_expense_id bigint references travel_expense (id);
create index ix_expenditure_travel_order on expenditure_item (travel_order_id);
create index ix_expenditure_travel_expense on expenditure_item (travel_expense_id);
create index ix_works_contract on works (contract_id);

-- settlements approved before: their items named the order ("<number> <expense>: <who>", per diem
-- "Dienas nauda / per diem <number>: <who>")
update expenditure_item set travel_order_id = (
        select o.id from travel_order o
        where expenditure_item.description like 'Dienas nauda / per diem ' || o.number || ':%'
           or expenditure_item.description like o.number || ' %'
        order by length(o.number) desc fetch first 1 rows only)
    where invoice_line_id is null and category = 'TRAVEL_ACCOMMODATION';
update expenditure_item set travel_expense_id = (
        select x.id from travel_expense x join travel_order o on o.id = x.order_id
        where o.id = expenditure_item.travel_order_id
          and expenditure_item.description like o.number || ' ' || x.description || ':%'
        order by x.id fetch first 1 rows only)
    where travel_order_id is not null;
