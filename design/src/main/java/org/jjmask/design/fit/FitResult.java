package org.jjmask.design.fit;

import java.util.List;
import org.jjmask.design.Spec;
import org.jjmask.physics.Prediction;

/**
 * A calibration: the varied keys' values, their correlation (over the determined keys, in their
 * order), the goodness of fit and the model at the data's temperatures.
 *
 * @param parameters   each varied key, in the order asked for
 * @param determined   the determined keys, the rows and columns of {@code correlation}
 * @param correlation  the correlation matrix of the determined keys
 * @param chi2PerDof   χ² over degrees of freedom with the stated per-point uncertainty
 * @param dof          points less determined parameters
 * @param logScale     whether residuals are in ln R (the data span a decade or more) or in R
 * @param noiseRelative the per-point relative uncertainty σ_R/R the χ² is weighed with
 * @param data         the measured R(T)
 * @param modelRsqOhm  the fitted model's R_□ at each data temperature
 * @param residuals    (model − data)/σ at each point, in the fit's scale
 * @param fittedYaml   the input spec with the fitted values written in (without the header comment)
 * @param fitted       that spec, read back
 * @param prediction   the fitted spec's prediction
 * @param evaluations  design passes the fit made
 */
public record FitResult(List<FittedParameter> parameters, List<String> determined, double[][] correlation,
        double chi2PerDof, int dof, boolean logScale, double noiseRelative, MeasuredCurve data, double[] modelRsqOhm,
        double[] residuals, String fittedYaml, Spec fitted, Prediction prediction, int evaluations) {

    public FitResult {
        parameters = List.copyOf(parameters);
        determined = List.copyOf(determined);
    }
}
