package org.petrobench.epma.data;

/** Kind of a map signal (EPMA.md §3.6): X-ray counts are dead-time corrected and quantified, electron signals never. */
public enum SignalType {
    XRAY, ELECTRON
}
