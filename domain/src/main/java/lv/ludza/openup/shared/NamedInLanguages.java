package lv.ludza.openup.shared;

/** A record whose name is kept in the product's three languages (a category): the history shows the reader's. */
public interface NamedInLanguages {

    LocalizedText names();
}
