/**
 * Forecasting of arrivals per queue (team × channel × line) and interval: the four methods
 * (seasonal naive, seasonal moving average, double-seasonal Holt-Winters, daily total × intraday
 * profile) as pure classes, the rolling-origin backtest that scores and chooses them, prediction
 * intervals from backtest errors, holidays, handle time and the tier cascade, and the job that
 * reads the metrics tables and writes {@code forecast} and {@code forecast_accuracy}. Definitions
 * and worked examples: docs/forecasting.md.
 */
package io.staffline.forecast;
