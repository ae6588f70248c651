-- Issue 17, part 4: procurement checked where the money is entered, and Lithuania's thresholds.
--
-- 1. A contract and an invoice say what they buy (supplies, services or works: the kind that decides the thresholds);
--    a contract from a procedure is of the procedure's kind, an invoice under a contract of the contract's kind.
-- 2. The threshold warning found when a contract or an invoice is saved is kept on the record (and in its history):
--    the partner's country, the kind, what was bought from the supplier in the 12 months up to the record's date with
--    it (net), the threshold, the procedure it asks for, the strongest procedure awarded to the supplier, and how many
--    records make up the total (more than one: a purchase split in parts).
-- 3. Indexes for the check at entry: a partner's contracts and invoices from one supplier in a window of dates.
-- 4. Lithuania's thresholds, so that Rokiškis (a municipal budgetary institution, a contracting authority) is checked:
--    a) Lietuvos Respublikos viešųjų pirkimų įstatymas (Law on Public Procurement, No. I-1491, as amended by law
--       No. XIII-327, in force from 2017-07-01), Article 2(15): low-value procurement (mažos vertės pirkimai) is a
--       purchase of supplies or services below 58 000 EUR and of works below 145 000 EUR, without VAT; from those
--       values a simplified procurement (supaprastintas pirkimas, Article 2(36), Chapter III of the law's part on
--       contracting authorities) is required, here the SMALL_PROCUREMENT rank (the Latvian small procurement's).
--       Kept open-ended: the accountants of Lithuania close them when the law changes.
--    b) International thresholds (tarptautinio pirkimo vertės ribos, the law's Article 5 with the Public Procurement
--       Office's notice) valid 2018-01-01 to 2019-12-31 by Commission Delegated Regulation (EU) 2017/2365 amending
--       Directive 2014/24/EU: supplies and services 221 000 EUR for sub-central contracting authorities (a
--       municipality's institution), works 5 548 000 EUR; an international open procedure (OPEN_COMPETITION rank).
--    Works and H2 and PostgreSQL alike.

alter table contract add column contract_type varchar(20) default 'SUPPLIES' not null;
alter table contract_aud add column contract_type varchar(20);
update contract set contract_type = (select p.contract_type from procurement_procedure p where p.id = contract.procedure_id)
    where procedure_id is not null;

alter table invoice add column contract_type varchar(20) default 'SUPPLIES' not null;
alter table invoice_aud add column contract_type varchar(20);
update invoice set contract_type = (select c.contract_type from contract c where c.id = invoice.contract_id)
    where contract_id is not null;

alter table contract add column warning_country varchar(2);
alter table contract add column warning_type varchar(20);
alter table contract add column warning_total numeric(16,2);
alter table contract add column warning_threshold numeric(14,2);
alter table contract add column warning_required varchar(30);
alter table contract add column warning_held varchar(30);
alter table contract add column warning_records integer;
alter table contract_aud add column warning_country varchar(2);
alter table contract_aud add column warning_type varchar(20);
alter table contract_aud add column warning_total numeric(16,2);
alter table contract_aud add column warning_threshold numeric(14,2);
alter table contract_aud add column warning_required varchar(30);
alter table contract_aud add column warning_held varchar(30);
alter table contract_aud add column warning_records integer;

alter table invoice add column warning_country varchar(2);
alter table invoice add column warning_type varchar(20);
alter table invoice add column warning_total numeric(16,2);
alter table invoice add column warning_threshold numeric(14,2);
alter table invoice add column warning_required varchar(30);
alter table invoice add column warning_held varchar(30);
alter table invoice add column warning_records integer;
alter table invoice_aud add column warning_country varchar(2);
alter table invoice_aud add column warning_type varchar(20);
alter table invoice_aud add column warning_total numeric(16,2);
alter table invoice_aud add column warning_threshold numeric(14,2);
alter table invoice_aud add column warning_required varchar(30);
alter table invoice_aud add column warning_held varchar(30);
alter table invoice_aud add column warning_records integer;

create index ix_contract_supplier_signed on contract (supplier_id, partner_id, signed_on);
create index ix_invoice_supplier_issued on invoice (supplier_id, partner_id, issued_on);

insert into procurement_threshold (id, version, created_at, created_by, updated_at, updated_by, country, contract_type,
        required_procedure, amount, valid_from, valid_until, legal_basis)
values
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'SUPPLIES',
        'SMALL_PROCUREMENT', 58000.00, date '2017-07-01', null,
        'Viešųjų pirkimų įstatymas (Nr. I-1491, red. nuo 2017-07-01), 2 str. 15 d.: mažos vertės pirkimų riba'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'SERVICES',
        'SMALL_PROCUREMENT', 58000.00, date '2017-07-01', null,
        'Viešųjų pirkimų įstatymas (Nr. I-1491, red. nuo 2017-07-01), 2 str. 15 d.: mažos vertės pirkimų riba'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'WORKS',
        'SMALL_PROCUREMENT', 145000.00, date '2017-07-01', null,
        'Viešųjų pirkimų įstatymas (Nr. I-1491, red. nuo 2017-07-01), 2 str. 15 d.: mažos vertės pirkimų riba'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'SUPPLIES',
        'OPEN_COMPETITION', 221000.00, date '2018-01-01', date '2019-12-31',
        'Viešųjų pirkimų įstatymas, 5 str.; Komisijos deleguotasis reglamentas (ES) 2017/2365: tarptautinio pirkimo riba'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'SERVICES',
        'OPEN_COMPETITION', 221000.00, date '2018-01-01', date '2019-12-31',
        'Viešųjų pirkimų įstatymas, 5 str.; Komisijos deleguotasis reglamentas (ES) 2017/2365: tarptautinio pirkimo riba'),
    (nextval('openup_seq'), 0, current_timestamp, 'migration', current_timestamp, 'migration', 'LT', 'WORKS',
        'OPEN_COMPETITION', 5548000.00, date '2018-01-01', date '2019-12-31',
        'Viešųjų pirkimų įstatymas, 5 str.; Komisijos deleguotasis reglamentas (ES) 2017/2365: tarptautinio pirkimo riba');
