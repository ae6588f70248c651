package lv.ludza.openup.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while some work runs (Hibernate statistics, switched on for the
 * count only), so tests can show that a screen's queries do not grow with the number of rows.
 */
@Stateless
@PermitAll
@ExcludeDefaultInterceptors // returns what the work returned, as the caller of the work's services
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SqlStatements {

    @PersistenceUnit(unitName = "openup")
    private EntityManagerFactory factory;

    /** The statements prepared while {@code work} ran (the tests run one at a time, so nothing else counts). */
    public long countWhile(Callable<?> work) throws Exception {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.call();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
