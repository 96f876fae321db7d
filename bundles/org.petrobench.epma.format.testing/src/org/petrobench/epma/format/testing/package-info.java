/**
 * Test support shared by the test fragments of the EPMA instrument formats (a fragment cannot see
 * another fragment's classes): example-data lookup, an independent matrix parser, and waiting for
 * the registered format services. Not part of the product.
 */
package org.petrobench.epma.format.testing;
