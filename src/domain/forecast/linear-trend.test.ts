import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearTrend } from './linear-trend.js';

/** R's built-in `cars` data set (Ezekiel, 1930): speed (mph) and stopping distance (ft). */
const SPEED = [
  4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 16, 16,
  17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24, 24, 24, 25,
];
const DIST = [
  2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80, 20, 26, 54, 32,
  40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70, 92, 93, 120, 85,
];
const CARS = SPEED.map((x, i) => ({ x, y: DIST[i]! }));

describe('linear trend', () => {
  // `summary(lm(dist ~ speed, data = cars))`: intercept −17.5791, slope 3.9324, residual standard
  // error 15.38 on 48 degrees of freedom.
  it('fits the least-squares line R fits to the cars data', () => {
    const trend = linearTrend(CARS, { confidence: 0.95 })!;
    expect(trend.intercept).toBeCloseTo(-17.579095, 5);
    expect(trend.slope).toBeCloseTo(3.932409, 5);
    expect(trend.residualStandardError).toBeCloseTo(15.38, 2);
    expect(trend.degreesOfFreedom).toBe(48);
  });

  // `predict(model, data.frame(speed = c(12, 19, 24)), interval = "prediction")` in R, as shown in
  // STHDA's "Predict in R: model predictions and confidence intervals" (29.6 from −1.75 to 61.0,
  // 57.1 from 25.76 to 88.51, 76.8 from 44.75 to 108.8).
  it("gives R's 95% prediction intervals for the cars data", () => {
    const trend = linearTrend(CARS, { confidence: 0.95 })!;
    const at12 = trend.predict(12)!;
    expect(at12.value).toBeCloseTo(29.61, 2);
    expect(at12.lower).toBeCloseTo(-1.75, 2);
    expect(at12.upper).toBeCloseTo(60.97, 2);
    const at19 = trend.predict(19)!;
    expect(at19.lower).toBeCloseTo(25.76, 2);
    expect(at19.upper).toBeCloseTo(88.51, 2);
    const at24 = trend.predict(24)!;
    expect(at24.lower).toBeCloseTo(44.75, 2);
    expect(at24.upper).toBeCloseTo(108.8, 1);
  });

  // Worked by hand: y = 2.2 + 0.6x, residual sum of squares 2.4 on 3 degrees of freedom,
  // t(0.975, 3) = 3.182446 from the tables, half-width at x = 6 of t · √0.8 · √2.1.
  it('widens the interval with few points by using t with n − 2 degrees of freedom', () => {
    const trend = linearTrend(
      [
        { x: 1, y: 2 },
        { x: 2, y: 4 },
        { x: 3, y: 5 },
        { x: 4, y: 4 },
        { x: 5, y: 5 },
      ],
      { confidence: 0.95 },
    )!;
    expect(trend.t).toBeCloseTo(3.182446, 5);
    const at6 = trend.predict(6)!;
    expect(at6.value).toBeCloseTo(5.8, 12);
    expect(at6.upper - at6.value).toBeCloseTo(3.182446 * Math.sqrt(0.8 * 2.1), 5);
  });

  it('needs three points with more than one x, and a confidence between 0 and 1', () => {
    const two = [
      { x: 1, y: 1 },
      { x: 2, y: 3 },
    ];
    expect(linearTrend(two)).toBeNull();
    expect(linearTrend([...two, { x: Number.NaN, y: 4 }])).toBeNull();
    expect(linearTrend([1, 2, 3].map((y) => ({ x: 5, y })))).toBeNull();
    expect(linearTrend([...two, { x: 3, y: 4 }], { confidence: 1 })).toBeNull();
    expect(linearTrend([...two, { x: 3, y: 4 }], { confidence: 0 })).toBeNull();
  });

  it('predicts nothing for an x that is not a number', () => {
    expect(linearTrend(CARS)!.predict(Number.NaN)).toBeNull();
  });

  it('puts points on an exact line on the line, with no room either side', () => {
    const trend = linearTrend([0, 1, 2, 3].map((x) => ({ x, y: 3 - 2 * x })))!;
    expect(trend.slope).toBeCloseTo(-2, 12);
    expect(trend.predict(10)).toEqual({ value: expect.closeTo(-17, 10), lower: -17, upper: -17 });
  });

  it('is widest furthest from the middle of the data, and always holds its own prediction', () => {
    const points = fc.array(
      fc.record({ x: fc.integer({ min: -50, max: 50 }), y: fc.double({ min: -1e3, max: 1e3, noNaN: true }) }),
      { minLength: 3, maxLength: 30 },
    );
    fc.assert(
      fc.property(points, fc.double({ min: 0, max: 100, noNaN: true }), (pts, step) => {
        const trend = linearTrend(pts);
        fc.pre(trend !== null);
        const near = trend!.predict(trend!.meanX)!;
        const far = trend!.predict(trend!.meanX + step)!;
        expect(near.lower).toBeLessThanOrEqual(near.value);
        expect(near.value).toBeLessThanOrEqual(near.upper);
        expect(far.upper - far.lower).toBeGreaterThanOrEqual((near.upper - near.lower) * (1 - 1e-12));
      }),
    );
  });
});
