package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class AssetTest {

    private static Partner partner(String shortName) {
        return new Partner(PartnerRole.PARTNER, shortName + " (demo)", shortName, Country.LV, Money.eur("1000.00"),
                new BigDecimal("0.8500"));
    }

    private static final AssetCategory LAPTOP = new AssetCategory("LAPTOP", "Portatīvais dators",
            "Nešiojamasis kompiuteris", "Laptop");
    private static final AssetCategory OTHER = new AssetCategory("OTHER", "Cits", "Kita", "Other");

    private static Asset asset() {
        Asset asset = new Asset(partner("Ludza"), "LUD-2018-0001", "Portatīvais dators (demo)", LAPTOP);
        asset.keepUntil(LocalDate.of(2024, 11, 30));
        return asset;
    }

    @Test
    void inventoryNumbersCountOnPerPartnerAndYear() {
        assertEquals("LUD", Asset.prefixOf(partner("Ludza")));
        assertEquals("ROK", Asset.prefixOf(partner("Rokiškis")));
        assertEquals("JEK", Asset.prefixOf(partner("Jēkabpils")));
        assertEquals("LUD-2018-0001", Asset.nextNumber("LUD", 2018, null));
        assertEquals("LUD-2018-0010", Asset.nextNumber("LUD", 2018, "LUD-2018-0009"));
        assertEquals("LUD-2019-0001", Asset.nextNumber("LUD", 2019, "LUD-2018-0009"), "a new year starts again");
        assertTrue("LUD-2018-0001".matches(Asset.NUMBER_PATTERN));
        assertFalse("lud 2018 1".matches(Asset.NUMBER_PATTERN));
    }

    @Test
    void theNumberIsInThePartnersSeriesOfTheAcquisitionYear() {
        Asset rokiskis = new Asset(partner("Rokiškis"), "ROK-2019-0001", "Konsolė", LAPTOP);
        rokiskis.setAcquiredOn(LocalDate.of(2019, 5, 2));
        assertTrue(rokiskis.numberFitsSeries());
        rokiskis.setInventoryNumber("LUD-2026-0001");
        assertFalse(rokiskis.numberFitsSeries(), "another partner's prefix and another year");
        rokiskis.setInventoryNumber("ROK-2026-0001");
        assertFalse(rokiskis.numberFitsSeries(), "not the acquisition year");
        rokiskis.setInventoryNumber("ROK-2019-01");
        assertFalse(rokiskis.numberFitsSeries(), "not well-formed");
        rokiskis.setAcquiredOn(null);
        rokiskis.setInventoryNumber("ROK-2026-0007");
        assertTrue(rokiskis.numberFitsSeries(), "no acquisition date: the partner's prefix");
        rokiskis.setInventoryNumber("LUD-2026-0007");
        assertFalse(rokiskis.numberFitsSeries());
        assertEquals("ROK-2019-", Asset.seriesOf(partner("Rokiškis"), 2019));
    }

    @Test
    void anAssetIsLentOutOnlyWhenInUseAndCheckedInOnlyWhenOut() {
        Asset asset = asset();
        RuleViolation notOut = assertThrows(RuleViolation.class, asset::checkIn);
        assertEquals("inventory.checkIn.notOut", notOut.getKey());
        assertEquals("inventory.checkOut.toRequired",
                assertThrows(RuleViolation.class, () -> asset.checkOutTo(" ", null)).getKey());
        assertEquals("inventory.checkOut.dueInPast", assertThrows(RuleViolation.class,
                () -> asset.checkOutTo("Jānis", LocalDate.of(2000, 1, 1))).getKey());
        asset.checkOutTo(" Jānis Bērziņš ", null);
        assertEquals(AssetStatus.LENT_OUT, asset.getStatus());
        assertEquals("Jānis Bērziņš", asset.getLentTo());
        assertEquals("inventory.checkOut.notInUse",
                assertThrows(RuleViolation.class, () -> asset.checkOutTo("Cits", null)).getKey());
        asset.checkIn();
        assertEquals(AssetStatus.IN_USE, asset.getStatus());
        assertNull(asset.getLentTo());
        asset.sendToRepair("Demo serviss");
        assertEquals(AssetStatus.IN_REPAIR, asset.getStatus());
        asset.checkIn();
        assertEquals(AssetStatus.IN_USE, asset.getStatus());
    }

    @Test
    void aDisposalBeforeKeepUntilNeedsAReasonAnApproverAndADocument() {
        LocalDate early = LocalDate.of(2020, 5, 4);
        assertEquals("inventory.disposal.reasonRequired", assertThrows(RuleViolation.class,
                () -> asset().dispose(AssetStatus.LOST, early, "", null, null, true)).getKey());
        assertEquals("inventory.disposal.approverRequired", assertThrows(RuleViolation.class,
                () -> asset().dispose(AssetStatus.LOST, early, "Nozagts", null, null, true)).getKey());
        assertEquals("inventory.disposal.documentRequired", assertThrows(RuleViolation.class,
                () -> asset().dispose(AssetStatus.LOST, early, "Nozagts", null, "Direktore", false)).getKey());
        assertEquals("inventory.disposal.statusRequired", assertThrows(RuleViolation.class,
                () -> asset().dispose(AssetStatus.IN_REPAIR, early, "x", null, "y", true)).getKey());

        Asset lost = asset();
        lost.dispose(AssetStatus.LOST, early, "Nozagts", "Policijas akts", "Direktore", true);
        assertTrue(lost.isDisposedEarly(), "reports flag it");
        assertEquals("inventory.disposal.already", assertThrows(RuleViolation.class,
                () -> lost.dispose(AssetStatus.WRITTEN_OFF, early, "x", null, "y", true)).getKey());

        Asset old = asset();
        old.dispose(AssetStatus.WRITTEN_OFF, LocalDate.of(2025, 1, 10), "Nolietots", null, null, false);
        assertFalse(old.isDisposedEarly(), "after keep-until a reason is enough");
    }

    @Test
    void aStockTakeOfARoomTellsFoundMovedAndUnexpected() throws Exception {
        Partner ludza = partner("Ludza");
        setId(ludza, 1L);
        Partner rokiskis = partner("Rokiškis");
        setId(rokiskis, 2L);
        Location room = new Location(ludza, "Bērnu nodaļa");
        setId(room, 10L);
        Location other = new Location(ludza, "Datorklase");
        setId(other, 11L);
        StockTake take = new StockTake(ludza, room, LocalDate.of(2019, 5, 1));

        Asset here = new Asset(ludza, "LUD-2018-0001", "a", OTHER);
        here.setLocation(room);
        Asset elsewhere = new Asset(ludza, "LUD-2018-0002", "b", OTHER);
        elsewhere.setLocation(other);
        Asset foreign = new Asset(rokiskis, "ROK-2018-0001", "c", OTHER);
        assertEquals(ScanOutcome.FOUND, take.outcomeOf(here));
        assertEquals(ScanOutcome.MOVED, take.outcomeOf(elsewhere));
        assertEquals(ScanOutcome.UNEXPECTED, take.outcomeOf(foreign));
        take.close(LocalDate.of(2019, 5, 1), true);
        assertEquals("inventory.stockTake.closed", assertThrows(RuleViolation.class, take::requireOpen).getKey());
    }

    @Test
    void theDurabilityPeriodIsOneToTwentyYears() {
        assertEquals("inventory.durability.years.invalid",
                assertThrows(RuleViolation.class, () -> new DurabilityPeriod(1L, 0)).getKey());
        assertEquals(7, new DurabilityPeriod(1L, 7).getYears());
    }

    private static void setId(Object entity, Long id) throws Exception {
        java.lang.reflect.Field field = lv.ludza.openup.shared.BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
