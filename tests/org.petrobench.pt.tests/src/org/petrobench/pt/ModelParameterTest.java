package org.petrobench.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelParameterTest {

    @Test
    void numericParameters() {
        ModelParameter a = ModelParameter.numeric("aTiO2", "activity", "", 1.0, 1e-3, 1.0);
        assertTrue(a.isNumeric());
        assertEquals(0.7, a.parse(" 0.7 "));
        assertEquals("1.0", a.defaultText());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.parse("1.2"));
        assertTrue(e.getMessage().contains("aTiO2") && e.getMessage().contains("1.2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.parse("NaN"));
        assertThrows(IllegalArgumentException.class, () -> a.parse("one"));
        assertThrows(IllegalArgumentException.class, () -> ModelParameter.numeric("x", "d", "", 2.0, 0, 1));
    }

    @Test
    void choiceParameters() {
        ModelParameter p = ModelParameter.choice("polymorph", "Al2SiO5", "auto", "auto", "ky", "sil", "and");
        assertEquals("ky", p.parse("ky"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.parse("Ky"));
        assertTrue(e.getMessage().contains("auto|ky|sil|and"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelParameter.choice("p", "d", "x", "a", "b"));
    }
}
