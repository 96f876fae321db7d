package org.petrobench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A method file's settings go over the defaults object by object. */
class MethodFileTest {

    @Test
    void aPartialNestedObjectKeepsItsOtherDefaults() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode defaults = (ObjectNode) m.readTree("{\"method\":\"mrf\",\"smc\":{\"samples\":2000,\"seed\":1},\"models\":[\"a\",\"b\"]}");
        ObjectNode file = (ObjectNode) m.readTree("{\"smc\":{\"samples\":500},\"models\":[\"c\"]}");
        MethodFile.overlay(defaults, file);
        assertEquals(m.readTree("{\"method\":\"mrf\",\"smc\":{\"samples\":500,\"seed\":1},\"models\":[\"c\"]}"), defaults);
    }
}
