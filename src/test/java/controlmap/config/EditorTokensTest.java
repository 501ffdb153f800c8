package controlmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditorTokensTest {

    static final String ALICE = "alice-token-0123456789";
    static final String BOB = "bob-token-abcdefghijkl";

    @Test
    void namesTheEditorOfAToken() {
        EditorTokens t = EditorTokens.parse("alice:" + ALICE + ", bob:" + BOB);
        assertEquals(List.of("alice", "bob"), t.names());
        assertEquals(Optional.of("alice"), t.editor(ALICE));
        assertEquals(Optional.of("bob"), t.editor(BOB));
        assertEquals(Optional.empty(), t.editor(ALICE + "x"));
        assertEquals(Optional.empty(), t.editor(""));
        assertEquals(Optional.empty(), t.editor(null));
        assertFalse(t.toString().contains(ALICE), t.toString());
    }

    @Test
    void unsetOrBlankMeansNoEditors() {
        assertTrue(EditorTokens.parse(null).isEmpty());
        assertTrue(EditorTokens.parse("  ").isEmpty());
        assertTrue(EditorTokens.none().editor(ALICE).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "alice:short", ":" + ALICE, "al ice:" + ALICE, "alice:" + ALICE + ",alice:" + BOB,
        "alice:" + ALICE + ",bob:" + ALICE, "alice:" + ALICE + ",", "alice:has space in token!!"})
    void refusesBadSpecsWithoutQuotingTokens(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EditorTokens.parse(spec));
        assertTrue(e.getMessage().contains("CONTROLMAP_TOKENS entry"), e.getMessage());
        for (String secret : new String[] {ALICE, BOB, "short", "has space in token!!"}) {
            assertFalse(e.getMessage().contains(secret), e.getMessage());
        }
    }
}
