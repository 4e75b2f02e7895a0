import DossierModel
/// News and wire agencies, which appear in bylines, datelines and attributions but are never people.
public enum WireAgencies {
    public static let names: Set<String> = [
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Bloomberg",
        "Xinhua", "Yonhap", "Interfax", "TASS", "Kyodo", "dpa", "DPA", "UPI", "PA", "ANI", "PTI", "EFE", "ANSA",
        "RIA Novosti", "Anadolu", "KCNA", "Sputnik", "CNA", "Bernama", "Antara",
    ]

    public static func contains(_ name: String) -> Bool {
        names.contains(name.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)))
    }
}

import Foundation
