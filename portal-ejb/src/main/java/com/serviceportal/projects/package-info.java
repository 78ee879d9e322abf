/**
 * Projects the desk runs for a customer or a site: objectives, a work list of tasks and milestones,
 * requests for change the customer's authorised contact decides
 * (docs/decisions/0050-projects-and-who-decides-a-change.md), project lines, and the cases raised
 * for the project (its issues). Customers read projects through their scope, narrowed to the
 * projects chosen on the contact; purchase prices reach only contacts with that option. Calls
 * {@code customers}, {@code security}, {@code settings}, {@code notify} and {@code platform}.
 */
package com.serviceportal.projects;
