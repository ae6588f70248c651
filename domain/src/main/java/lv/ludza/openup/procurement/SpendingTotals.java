package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The totals of declared expenditure that the overviews read instead of adding up every item on every view: spent
 * per partner, category and month of payment (budget, spending over time), per partner, period and category (partner
 * reports), and per partner, category and supplier (procurement threshold warnings). They live in three summary
 * tables ({@code spending_by_month}, {@code spending_by_period}, {@code spending_by_supplier}, migration V20).
 * <p>
 * Kept up to date in one place that no feature can forget: Hibernate tells this listener of every item inserted,
 * updated or deleted (and of an invoice whose supplier, date or partner changed), and just before the transaction
 * commits, after its last flush, the groups the items were or are in (their month, period and supplier; for an
 * invoice changed, all of its partners' totals) are computed again from their items in the same transaction — the
 * way Envers writes its audit rows. At 100× the demo a verdict reads the items of its period and category, not the
 * partner's 100,000: a few milliseconds, where the whole partner took half a second. The partner's row is locked
 * first, so two transactions that change one partner's items at once take turns and the second one counts the first
 * one's items; a transaction that rolls back leaves the totals as they were. Registered by {@link Integrator} (META-INF/services).
 */
public final class SpendingTotals implements Integrator, PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private static final long serialVersionUID = 1L;

    /** What a session's transaction changed so far: the items' groups, invoices whose items' supplier or date did. */
    private static final class Changed implements BeforeTransactionCompletionProcess,
            AfterTransactionCompletionProcess, Serializable {

        private static final long serialVersionUID = 1L;
        /** Partners whose totals are computed again whole (an invoice's supplier or date changed). */
        private final Set<Long> partners = new TreeSet<>();
        private final Set<Long> invoices = new TreeSet<>();
        /** The groups an item was or is in: only these are computed again. */
        private final Set<Group> groups = new java.util.LinkedHashSet<>();
        private final transient SharedSessionContractImplementor session;

        Changed(SharedSessionContractImplementor session) {
            this.session = session;
        }

        @Override
        public void doBeforeTransactionCompletion(org.hibernate.engine.spi.SessionImplementor session) {
            PENDING.remove(this.session);
            session.doWork(connection -> refresh(connection, partners, invoices, groups));
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            PENDING.remove(this.session); // rolled back: nothing was refreshed, nothing is kept
        }
    }

    private static final Map<SharedSessionContractImplementor, Changed> PENDING = new ConcurrentHashMap<>();

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        EventListenerRegistry listeners = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry registry) {
        // nothing held
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof ExpenditureItem item) {
            changed(event.getSession()).groups.add(Group.of(item, item.getCategory()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof ExpenditureItem item) {
            Changed changed = changed(event.getSession());
            changed.groups.add(Group.of(item, item.getCategory()));
            // its group before (a redeclaration moves it to another category)
            Object[] before = event.getOldState();
            int category = java.util.Arrays.asList(event.getPersister().getPropertyNames()).indexOf("category");
            if (before == null || category < 0) {
                changed.partners.add(item.getPartner().getId());
            } else if (before[category] instanceof lv.ludza.openup.project.CostCategory was && was != item.getCategory()) {
                changed.groups.add(Group.of(item, was));
            }
        } else if (event.getEntity() instanceof Invoice invoice && event.getDirtyProperties() != null) {
            String[] names = event.getPersister().getPropertyNames();
            for (int dirty : event.getDirtyProperties()) {
                if (Set.of("supplier", "issuedOn", "partner").contains(names[dirty])) {
                    changed(event.getSession()).invoices.add(invoice.getId());
                    return;
                }
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof ExpenditureItem item) {
            changed(event.getSession()).groups.add(Group.of(item, item.getCategory()));
        }
    }

    /**
     * One item's place in the totals: its partner and category, with its month of payment, its period and its invoice
     * line (null for another kind of cost).
     */
    record Group(long partner, String category, int month, long period, Long invoiceLine) {

        static Group of(ExpenditureItem item, lv.ludza.openup.project.CostCategory category) {
            return new Group(item.getPartner().getId(), category.name(),
                    item.getPaidOn().getYear() * 100 + item.getPaidOn().getMonthValue(), item.getPeriod().getId(),
                    item.getInvoiceLine() == null ? null : item.getInvoiceLine().getId());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static Changed changed(EventSource session) {
        return PENDING.computeIfAbsent(session, s -> {
            Changed changed = new Changed(s);
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) changed);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) changed);
            return changed;
        });
    }

    /** The month of payment as a number, e.g. 201807: the same expression in H2 and PostgreSQL. */
    public static final String PAID_MONTH = "EXTRACT(YEAR FROM paid_on) * 100 + EXTRACT(MONTH FROM paid_on)";

    /** The statements that compute one partner's totals again (each takes the partner's id). */
    private static final String[] REFRESH = {
        "DELETE FROM spending_by_month WHERE partner_id = ?",
        "INSERT INTO spending_by_month (partner_id, category, paid_month, amount, items)"
                + " SELECT partner_id, category, " + PAID_MONTH + ", SUM(amount), COUNT(*) FROM expenditure_item"
                + " WHERE partner_id = ? GROUP BY partner_id, category, " + PAID_MONTH,
        "DELETE FROM spending_by_period WHERE partner_id = ?",
        "INSERT INTO spending_by_period (partner_id, period_id, category, declared, certified, items, judged)"
                + " SELECT partner_id, period_id, category, SUM(amount), SUM(certified), COUNT(*), COUNT(verdict)"
                + " FROM expenditure_item WHERE partner_id = ? GROUP BY partner_id, period_id, category",
        "DELETE FROM spending_by_supplier WHERE partner_id = ?",
        "INSERT INTO spending_by_supplier (partner_id, category, supplier_id, net, first_issued_on)"
                + " SELECT e.partner_id, e.category, i.supplier_id, SUM(l.amount_net), MIN(i.issued_on)"
                + " FROM expenditure_item e JOIN invoice_line l ON l.id = e.invoice_line_id"
                + " JOIN invoice i ON i.id = l.invoice_id WHERE e.partner_id = ?"
                + " GROUP BY e.partner_id, e.category, i.supplier_id" };

    /**
     * Computes the groups these items were or are in again: their month, their period and their supplier, each from
     * its own items only (a verdict on one of 50,000 items reads the few hundred of its period and category, not all).
     */
    private static void refreshGroups(Connection connection, Collection<Group> groups) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        Set<List<Object>> months = new java.util.LinkedHashSet<>();
        Set<List<Object>> periods = new java.util.LinkedHashSet<>();
        Set<List<Object>> suppliers = new java.util.LinkedHashSet<>();
        try (PreparedStatement supplierOf = connection.prepareStatement(
                "SELECT i.supplier_id FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE l.id = ?")) {
            for (Group group : groups) {
                months.add(List.of(group.partner(), group.category(), group.month()));
                periods.add(List.of(group.partner(), group.period(), group.category()));
                if (group.invoiceLine() != null) {
                    supplierOf.setLong(1, group.invoiceLine());
                    try (ResultSet supplier = supplierOf.executeQuery()) {
                        if (supplier.next()) {
                            suppliers.add(List.of(group.partner(), group.category(), supplier.getLong(1)));
                        }
                    }
                }
            }
        }
        run(connection, months, "DELETE FROM spending_by_month WHERE partner_id = ? AND category = ? AND paid_month = ?",
                "INSERT INTO spending_by_month (partner_id, category, paid_month, amount, items)"
                        + " SELECT partner_id, category, " + PAID_MONTH + ", SUM(amount), COUNT(*) FROM expenditure_item"
                        + " WHERE partner_id = ? AND category = ? AND paid_on >= ? AND paid_on < ?"
                        + " GROUP BY partner_id, category, " + PAID_MONTH);
        run(connection, periods, "DELETE FROM spending_by_period WHERE partner_id = ? AND period_id = ? AND category = ?",
                "INSERT INTO spending_by_period (partner_id, period_id, category, declared, certified, items, judged)"
                        + " SELECT partner_id, period_id, category, SUM(amount), SUM(certified), COUNT(*),"
                        + " COUNT(verdict) FROM expenditure_item WHERE partner_id = ? AND period_id = ? AND category = ?"
                        + " GROUP BY partner_id, period_id, category");
        run(connection, suppliers,
                "DELETE FROM spending_by_supplier WHERE partner_id = ? AND category = ? AND supplier_id = ?",
                "INSERT INTO spending_by_supplier (partner_id, category, supplier_id, net, first_issued_on)"
                        + " SELECT e.partner_id, e.category, i.supplier_id, SUM(l.amount_net), MIN(i.issued_on)"
                        + " FROM expenditure_item e JOIN invoice_line l ON l.id = e.invoice_line_id"
                        + " JOIN invoice i ON i.id = l.invoice_id"
                        + " WHERE e.partner_id = ? AND e.category = ? AND i.supplier_id = ?"
                        + " GROUP BY e.partner_id, e.category, i.supplier_id");
    }

    /**
     * Deletes each key's row and inserts it computed again (none when no item is left in it). A month (yyyymm, the
     * last part of a month's key) is read as the range of days it covers, so that the items are found by index.
     */
    private static void run(Connection connection, Set<List<Object>> keys, String delete, String insert)
            throws SQLException {
        try (PreparedStatement deleting = connection.prepareStatement(delete);
                PreparedStatement inserting = connection.prepareStatement(insert)) {
            for (List<Object> key : keys) {
                for (int i = 0; i < key.size(); i++) {
                    deleting.setObject(i + 1, key.get(i));
                }
                deleting.executeUpdate();
                boolean month = insert.contains("paid_on >= ?");
                int last = month ? key.size() - 1 : key.size();
                for (int i = 0; i < last; i++) {
                    inserting.setObject(i + 1, key.get(i));
                }
                if (month) {
                    int yyyymm = (Integer) key.get(last);
                    java.time.LocalDate first = java.time.LocalDate.of(yyyymm / 100, yyyymm % 100, 1);
                    inserting.setObject(last + 1, java.sql.Date.valueOf(first));
                    inserting.setObject(last + 2, java.sql.Date.valueOf(first.plusMonths(1)));
                }
                inserting.executeUpdate();
            }
        }
    }

    /**
     * Locks the partners' rows against each other's totals. On PostgreSQL {@code FOR NO KEY UPDATE}: an item inserted in
     * the same transaction holds a key-share lock on its partner (the foreign key), which {@code FOR UPDATE} would wait
     * for in the other transaction, and two declarations at once would deadlock; the two "no key" locks still take
     * turns. (H2 locks no parent row for a foreign key, and knows only {@code FOR UPDATE}.)
     */
    private static void lock(Connection connection, Collection<Long> partners) throws SQLException {
        String strength = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres") ? "FOR NO KEY UPDATE" : "FOR UPDATE";
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM partner WHERE id = ? " + strength)) {
            for (Long partner : partners) {
                lock.setLong(1, partner);
                lock.executeQuery().close();
            }
        }
    }

    /** Computes every partner's totals again: after rows were written around the application (a seeding). */
    public static void refreshAll(Connection connection) throws SQLException {
        java.util.List<Long> partners = new java.util.ArrayList<>();
        try (PreparedStatement all = connection.prepareStatement("SELECT id FROM partner");
                ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                partners.add(rows.getLong(1));
            }
        }
        refresh(connection, partners, java.util.List.of(), java.util.List.of());
    }

    /**
     * Computes the totals of these partners again, and of the partners whose items are lines of these invoices: each
     * partner's row locked first (in the order of their ids, so two transactions never wait for each other in turn).
     */
    static void refresh(Connection connection, Collection<Long> partners, Collection<Long> invoices,
            Collection<Group> groups) throws SQLException {
        Set<Long> all = new TreeSet<>(partners);
        if (!invoices.isEmpty()) {
            try (PreparedStatement owners = connection.prepareStatement("SELECT DISTINCT e.partner_id"
                    + " FROM expenditure_item e JOIN invoice_line l ON l.id = e.invoice_line_id WHERE l.invoice_id = ?")) {
                for (Long invoice : invoices) {
                    owners.setLong(1, invoice);
                    try (ResultSet rows = owners.executeQuery()) {
                        while (rows.next()) {
                            all.add(rows.getLong(1));
                        }
                    }
                }
            }
        }
        Set<Long> locked = new TreeSet<>(all);
        groups.forEach(group -> locked.add(group.partner()));
        lock(connection, locked);
        refreshGroups(connection, groups.stream().filter(group -> !all.contains(group.partner())).toList());
        for (String sql : REFRESH) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Long partner : all) {
                    statement.setLong(1, partner);
                    statement.executeUpdate();
                }
            }
        }
    }
}
