/**
 * Which email earned an order: an {@code order_completed} goes to the last email the customer
 * clicked within the click window (5 days), else the last one they opened within the open window (1
 * day); only human opens and clicks count. Each order line says whether its product was one the
 * email recommended, and in which slot and by which algorithm. Also the recipient outcome (orders
 * and revenue within a fixed window after the send), which compares a variant with the holdout.
 */
package dev.tailor.insights.attribution;
