/**
 * jjmask physics: numbers in, numbers out. SI inside, energies reported in kelvin; no JTS, no files.
 *
 * <p>Entry point {@link org.jjmask.physics.Predictor#predict}: an
 * {@link org.jjmask.physics.ArrayGeometry}, a {@link org.jjmask.physics.Material}, a
 * {@link org.jjmask.physics.Substrate} and {@link org.jjmask.physics.Conditions} give a
 * {@link org.jjmask.physics.Prediction}. One model per class, each formula citing its source:
 * {@link org.jjmask.physics.LaplaceSheetResistance} (normal state from the Laplace solve of
 * {@link org.jjmask.physics.laplace}; {@link org.jjmask.physics.SheetResistance} the closed-form
 * alternative, both behind {@link org.jjmask.physics.NormalStateModel}), {@link org.jjmask.physics.BcsGap},
 * {@link org.jjmask.physics.JosephsonCoupling}, {@link org.jjmask.physics.ChargingEnergy},
 * {@link org.jjmask.physics.BktTransition}, {@link org.jjmask.physics.PhaseSlips},
 * {@link org.jjmask.physics.ResistanceCurve}, {@link org.jjmask.physics.CriticalFields},
 * {@link org.jjmask.physics.FluxPeriod}. Phenomenological constants (tunable, to calibrate):
 * {@link org.jjmask.physics.BktTransition#CRITICAL_EJ_OVER_EC},
 * {@link org.jjmask.physics.BktTransition#DISSIPATIVE_THRESHOLD_OHM},
 * {@link org.jjmask.physics.PhaseSlips#QPS_SCALE}, {@link org.jjmask.physics.ResistanceCurve#HN_B}.
 * The reference is {@code shared/physics/MODEL.md}.
 */
package org.jjmask.physics;
