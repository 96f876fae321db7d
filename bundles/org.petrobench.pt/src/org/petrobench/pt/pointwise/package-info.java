/**
 * Conventional point-wise thermobarometry (PT.md §4), shared by the P–T engines (initial path,
 * {@code pointwise.csv}) and the UI (grey crosses with 95 % ellipses).
 */
package org.petrobench.pt.pointwise;
