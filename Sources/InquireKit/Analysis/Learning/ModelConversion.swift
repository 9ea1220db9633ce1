/// Rewrites a model archive of any readable format version in the current one (`inquire-train convert`): the
/// parser's sections through ``ParserModel`` (its move table laid out as it lies in memory), every other model's
/// sections byte for byte. Deterministic: the same file in gives the same file out.
package enum ModelConversion {
    /// The archive in the current format version.
    package static func converted(_ archive: ModelArchive) throws -> ModelArchive {
        if archive.kind == ParserModel.kind { return try ParserModel(archive: archive).archive }
        var converted = ModelArchive(kind: archive.kind)
        for (name, bytes) in archive.sections { converted.set(name, Array(bytes)) }
        return converted
    }
}
