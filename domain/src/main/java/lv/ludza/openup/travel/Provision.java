package lv.ludza.openup.travel;

import java.io.Serializable;
import java.time.LocalDate;

/** What the host or the organiser provided on one day of a journey (each reduces the per diem by its rule). */
public record Provision(LocalDate day, boolean breakfast, boolean lunch, boolean dinner, boolean accommodation)
        implements Serializable {

    public static Provision none(LocalDate day) {
        return new Provision(day, false, false, false, false);
    }

    public boolean fullBoard() {
        return breakfast && lunch && dinner && accommodation;
    }
}
