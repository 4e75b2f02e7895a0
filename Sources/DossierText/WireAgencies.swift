import DossierModel
/// News and wire agencies, which appear in bylines, datelines and attributions but are never people.
public enum WireAgencies {
    public static let names: Set<String> = [
        "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse", "Bloomberg",
        "Xinhua", "Yonhap", "Interfax", "TASS", "Kyodo", "dpa", "DPA", "UPI", "PA", "ANI", "PTI", "EFE", "ANSA",
        "RIA Novosti", "Anadolu", "KCNA", "Sputnik", "CNA", "Bernama", "Antara",
    ]

    /// The short form newsrooms credit: "The Associated Press" is "AP".
    public static func short(_ name: String) -> String {
        let bare = name.trimming(padding)
        switch bare.lowercased() {
        case "associated press", "the associated press": return "AP"
        case "agence france-presse", "agence france presse": return "AFP"
        default: return bare
        }
    }

    private static let padding = ScalarSet.whitespacesAndNewlines.union(.punctuationCharacters)

    public static func contains(_ name: String) -> Bool {
        // The longest name is 26 characters: a paragraph is never one, whatever surrounds it.
        guard name.utf8.count <= 80 else { return false }
        return names.contains(name.trimming(padding))
    }
}

import Foundation
