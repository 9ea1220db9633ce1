import Foundation

/// Fits a logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty on
/// every weight but the first (the intercept): deterministic, exact to the tolerance, and quick for the few dozen
/// features and few thousand examples of a confidence model.
package struct LogisticRegression: Sendable {
    /// The L2 penalty λ: the fit minimises the negative log-likelihood plus λ/2 · Σ w² (intercept excluded).
    package var penalty: Double
    /// The most Newton steps taken.
    package var iterations: Int
    /// The fit stops once no weight moves by more than this.
    package var tolerance: Double

    /// Creates a fitter.
    package init(penalty: Double = 1, iterations: Int = 50, tolerance: Double = 1e-9) {
        self.penalty = penalty
        self.iterations = iterations
        self.tolerance = tolerance
    }

    /// The weights fitted to `examples` (feature vectors of equal length, the first feature the constant 1) and
    /// their outcomes; all zeros for no examples.
    package func fit(_ examples: [(features: [Double], right: Bool)]) -> [Double] {
        fit(weighted: examples.map { (features: $0.features, right: $0.right, weight: 1) })
    }

    /// The weights fitted to `examples` each counted `weight` times (a weight of 2 counts as two copies of the
    /// example, 0.5 as half of one; the penalty stays as it is); all zeros for no examples.
    package func fit(weighted examples: [(features: [Double], right: Bool, weight: Double)]) -> [Double] {
        guard let width = examples.first?.features.count else { return [] }
        var weights = [Double](repeating: 0, count: width)
        for _ in 0..<iterations {
            // Gradient and Hessian of the penalised negative log-likelihood.
            var gradient = [Double](repeating: 0, count: width)
            var hessian = [Double](repeating: 0, count: width * width)
            for example in examples {
                let x = example.features
                var sum = 0.0
                for index in 0..<width { sum += weights[index] * x[index] }
                let p = ConfidenceModel.sigmoid(sum)
                let residual = example.weight * (p - (example.right ? 1 : 0))
                let curvature = example.weight * max(p * (1 - p), 1e-12)
                for row in 0..<width where x[row] != 0 {
                    gradient[row] += residual * x[row]
                    let scaled = curvature * x[row]
                    for column in 0..<width where x[column] != 0 { hessian[row * width + column] += scaled * x[column] }
                }
            }
            for index in 1..<width {
                gradient[index] += penalty * weights[index]
                hessian[index * width + index] += penalty
            }
            hessian[0] += 1e-9
            guard let step = Self.solve(hessian, gradient, width: width) else { break }
            var moved = 0.0
            for index in 0..<width {
                weights[index] -= step[index]
                moved = max(moved, abs(step[index]))
            }
            if moved < tolerance { break }
        }
        return weights
    }

    /// Solves A x = b for the symmetric positive definite `matrix` A (row-major, width × width) by Gaussian
    /// elimination with partial pivoting; nil when A is singular.
    static func solve(_ matrix: [Double], _ vector: [Double], width: Int) -> [Double]? {
        var a = matrix
        var b = vector
        for column in 0..<width {
            var pivot = column
            for row in (column + 1)..<width where abs(a[row * width + column]) > abs(a[pivot * width + column]) {
                pivot = row
            }
            guard abs(a[pivot * width + column]) > 1e-15 else { return nil }
            if pivot != column {
                for k in 0..<width { a.swapAt(pivot * width + k, column * width + k) }
                b.swapAt(pivot, column)
            }
            for row in (column + 1)..<width {
                let factor = a[row * width + column] / a[column * width + column]
                guard factor != 0 else { continue }
                for k in column..<width { a[row * width + k] -= factor * a[column * width + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: width)
        for row in stride(from: width - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<width { sum -= a[row * width + k] * x[k] }
            x[row] = sum / a[row * width + row]
        }
        return x
    }
}
