package lv.ludza.openup.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class AssetCategoryTest {

    private final AssetCategory console = new AssetCategory(" game_console ", "Spēļu konsole ", "Žaidimų konsolė",
            "Game console");

    @Test
    void theCodeIsUpperCaseAndTheNamesTrimmed() {
        assertEquals("GAME_CONSOLE", console.getCode());
        assertEquals("Spēļu konsole", console.getNameLv());
        assertTrue(console.isActive(), "a new category is offered for new assets");
    }

    @Test
    void theNameFollowsTheLanguageAndLatvianIsTheDefault() {
        assertEquals("Spēļu konsole", console.nameIn(new Locale("lv")));
        assertEquals("Žaidimų konsolė", console.nameIn(new Locale("lt")));
        assertEquals("Game console", console.nameIn(Locale.ENGLISH));
        assertEquals("Spēļu konsole", console.nameIn(Locale.GERMAN));
        assertEquals("Spēļu konsole", console.nameIn(null));
        assertEquals("nameLt", AssetCategory.nameField(new Locale("lt")));
    }

    @Test
    void itIsCalledByItsCodeOrANameInAnyLanguageIgnoringCase() {
        assertTrue(console.isCalled("game_console"));
        assertTrue(console.isCalled(" SPĒĻU KONSOLE "));
        assertTrue(console.isCalled("žaidimų konsolė"));
        assertTrue(console.isCalled("game console"));
        assertFalse(console.isCalled("konsole"));
        assertFalse(console.isCalled(" "));
        assertFalse(console.isCalled(null));
    }
}
