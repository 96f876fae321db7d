/**
 * Built-in calibrations of PT.md §3, one DS component ({@code ThermodynamicModel} service) per
 * calibration: grt-bt-fs1978, grt-bt-hs1982, gasp-kn1988, grt-cpx-eg1979, grt-cpx-kr2000,
 * grt-ph-kr1978, grt-ph-gh1982, ti-zrn-fw2007, zr-rt-t2007 (α-quartz field), ti-qz-ww2006,
 * ti-qz-o2022.
 * <p>
 * Not registered, because PT.md §3 marks them [U] ("not registered until their constants are
 * checked") and the spec's text does not give checked constants: grt-bt-h1997 and grt-bt-h2000
 * (ΔH differs between sources; Holdaway's 2000 garnet activity model unavailable), gasp-hc1985
 * (V̄_grs from one implementation only, andalusite entry of suspicious sign), and the β-quartz
 * and coesite fields of Zr-in-rutile.
 * <p>
 * Shared code: {@code Calibration} (parameters, vectorised loop, validity box and warnings),
 * {@code Thermometer}/{@code Barometer} (residual conventions of PT.md §2), the families
 * {@code GarnetBiotite}, {@code GarnetClinopyroxene}, {@code GarnetPhengite},
 * {@code TraceElementThermometer}, and {@code FeMgPartition} for K_D.
 */
package org.petrobench.pt.model.thermobarometry.internal;
