package it.casa.freemarket;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an offer says about the home and its lease; the same for a new offer and for a change.
 *
 * @param municipality where the home is, the municipality's id: a partner offers only in the municipalities it covers
 * @param zone the part of town (a quarter, a hamlet), never a street address
 * @param floorArea square metres
 * @param floor 0 for the ground floor, negative below it
 * @param energyIndex the APE's global energy performance index, kWh/m² a year
 * @param monthlyRent euro a month, charges excluded
 * @param monthlyCharges euro a month (condominium and services)
 * @param stepFreeAccess reachable without steps from the street (a lift, or the ground floor)
 */
public record OfferDetails(String municipality, String zone, BigDecimal floorArea, int rooms, int floor, boolean lift,
		Heating heating, EnergyClass energyClass, BigDecimal energyIndex, BigDecimal monthlyRent,
		BigDecimal monthlyCharges, ContractType contractType, LocalDate availableFrom, boolean stepFreeAccess) {
}
