package org.jjmask.physics.laplace;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealLinearOperator;
import org.apache.commons.math3.linear.RealVector;

/**
 * A square linear map on plain arrays, wrapped as a Commons Math operator without copying: the
 * one adapter the unit-cell solve and the network stiffness both hand to the conjugate gradient.
 */
public interface ArrayOperator {

    /** out = A·in; both of the operator's size. */
    void apply(double[] in, double[] out);

    /** Commons Math view; reads an {@link ArrayRealVector}'s array in place. */
    static RealLinearOperator asOperator(ArrayOperator op, int size) {
        return new RealLinearOperator() {
            @Override
            public int getRowDimension() {
                return size;
            }

            @Override
            public int getColumnDimension() {
                return size;
            }

            @Override
            public RealVector operate(RealVector x) {
                double[] in = x instanceof ArrayRealVector a ? a.getDataRef() : x.toArray();
                double[] out = new double[size];
                op.apply(in, out);
                return new ArrayRealVector(out, false);
            }
        };
    }
}
