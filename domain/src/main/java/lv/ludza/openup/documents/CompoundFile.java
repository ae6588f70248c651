package lv.ludza.openup.documents;

import static lv.ludza.openup.documents.ZipDirectory.u16;
import static lv.ludza.openup.documents.ZipDirectory.u32;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entry names of a Microsoft compound file (OLE2, the container of Word 97–2003 and Excel 97–2003 files, but
 * also of installers and encrypted documents), read by following its directory chain through the allocation table.
 * Every step is bounded, so a damaged or hostile file ends the reading instead of looping.
 */
final class CompoundFile {

    private static final byte[] SIGNATURE = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1,
            0x1a, (byte) 0xe1 };
    private static final long END_OF_CHAIN = 0xfffffffeL;
    private static final long LAST_REGULAR_SECTOR = 0xfffffff9L;
    private static final int HEADER_DIFAT_ENTRIES = 109;
    private static final int DIRECTORY_ENTRY = 128;

    private final byte[] content;
    private final int sectorSize;
    private final List<Long> allocationSectors = new ArrayList<>();

    private CompoundFile(byte[] content, int sectorSize) {
        this.content = content;
        this.sectorSize = sectorSize;
    }

    static boolean isCompoundFile(byte[] content) {
        return FileType.startsWith(content, 0, SIGNATURE);
    }

    /** The names of the file's storages and streams, or empty when it cannot be read as a compound file. */
    static Optional<Set<String>> entryNames(byte[] content) {
        if (!isCompoundFile(content) || content.length < 512) {
            return Optional.empty();
        }
        int shift = u16(content, 30);
        if (shift != 9 && shift != 12) {
            return Optional.empty();
        }
        CompoundFile file = new CompoundFile(content, 1 << shift);
        return file.readAllocationTable() ? file.directoryNames() : Optional.empty();
    }

    /** Where the sectors of the allocation table are: 109 in the header, the rest in a chain of DIFAT sectors. */
    private boolean readAllocationTable() {
        for (int i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
            long sector = u32(content, 76 + 4 * i) & 0xffffffffL;
            if (sector <= LAST_REGULAR_SECTOR) {
                allocationSectors.add(sector);
            }
        }
        long difat = u32(content, 68) & 0xffffffffL;
        int perSector = sectorSize / 4 - 1;
        for (int steps = 0; difat <= LAST_REGULAR_SECTOR; steps++) {
            if (steps > sectorCount() || !exists(difat)) {
                return false;
            }
            int at = offset(difat);
            for (int i = 0; i < perSector; i++) {
                long sector = u32(content, at + 4 * i) & 0xffffffffL;
                if (sector <= LAST_REGULAR_SECTOR) {
                    allocationSectors.add(sector);
                }
            }
            difat = u32(content, at + 4 * perSector) & 0xffffffffL;
        }
        return !allocationSectors.isEmpty();
    }

    private Optional<Set<String>> directoryNames() {
        Set<String> names = new HashSet<>();
        long sector = u32(content, 48) & 0xffffffffL;
        for (int steps = 0; sector != END_OF_CHAIN; steps++) {
            if (steps > sectorCount() || !exists(sector)) {
                return Optional.empty();
            }
            int at = offset(sector);
            for (int entry = at; entry + DIRECTORY_ENTRY <= at + sectorSize; entry += DIRECTORY_ENTRY) {
                int nameBytes = u16(content, entry + 64);
                int objectType = content[entry + 66];
                if (objectType != 0 && nameBytes >= 2 && nameBytes <= 64) {
                    names.add(new String(content, entry, nameBytes - 2, StandardCharsets.UTF_16LE));
                }
            }
            sector = next(sector);
            if (sector < 0) {
                return Optional.empty();
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** The sector after this one in its chain, or -1 when the table does not say. */
    private long next(long sector) {
        int perSector = sectorSize / 4;
        int index = (int) (sector / perSector);
        if (index >= allocationSectors.size() || !exists(allocationSectors.get(index))) {
            return -1;
        }
        return u32(content, offset(allocationSectors.get(index)) + 4 * (int) (sector % perSector)) & 0xffffffffL;
    }

    private boolean exists(long sector) {
        return sector <= LAST_REGULAR_SECTOR && (sector + 2) * sectorSize <= content.length;
    }

    private int offset(long sector) {
        return (int) ((sector + 1) * sectorSize);
    }

    private int sectorCount() {
        return content.length / sectorSize;
    }
}
