/**
 * The customer's equipment: the items on its sites that cases, contracts and work orders are about.
 * {@link com.serviceportal.equipment.EquipmentService} holds the rules: who sees an item (an item on
 * a company is shared by all its sites, or with one contact), who may add and edit one (portal
 * settings, own items only), and moving an item between a company's sites; a contact's items for its
 * contact page. {@link com.serviceportal.equipment.ItemCategoryService} keeps the item categories and
 * their custom fields. Calls {@code customers}, {@code cases} (reading),
 * {@code contracts} (reading, and moving an item's contracts), {@code orders} (reading),
 * {@code settings}, {@code security} and {@code platform}.
 */
package com.serviceportal.equipment;
