import Foundation

/// The keywords that look at one value (type, enum, numbers, text) and those that look inside
/// objects and lists.
extension Evaluation {
    /// The validation keywords for any value. Returns whether all of them hold.
    mutating func assert(
        _ node: SchemaNode, _ index: Int, _ instance: YAMLNode, path: [SchemaViolation.Step], detailed: Bool
    ) -> Bool {
        var valid = true
        func check(_ holds: Bool, _ problem: @autoclosure () -> SchemaViolation.Problem) -> Bool {
            guard !holds else { return true }
            valid = false
            if detailed { report(problem(), instance, path: path, schema: index) }
            return detailed
        }
        if let types = node.types, !types.contains(where: { instance.matches($0) }) {
            // A value of the wrong type is reported once: none of the type's own rules apply to it.
            if detailed { report(.type(types), instance, path: path, schema: index) }
            return false
        }
        if let values = node.enumeration,
            !check(values.contains { $0.isEqualInJSON(to: instance) }, .enumeration(values))
        {
            return false
        }
        if let value = node.constValue, !check(value.isEqualInJSON(to: instance), .constant(value)) { return false }
        if let number = instance.numberValue {
            if let limit = node.minimum, !check(number >= limit, .minimum(limit, exclusive: false)) { return false }
            if let limit = node.exclusiveMinimum, !check(number > limit, .minimum(limit, exclusive: true)) {
                return false
            }
            if let limit = node.maximum, !check(number <= limit, .maximum(limit, exclusive: false)) { return false }
            if let limit = node.exclusiveMaximum, !check(number < limit, .maximum(limit, exclusive: true)) {
                return false
            }
            if let divisor = node.multipleOf, !check(Self.isMultiple(number, of: divisor), .multipleOf(divisor)) {
                return false
            }
        }
        if case .string(let text) = instance.value {
            if node.minLength != nil || node.maxLength != nil {
                let length = text.unicodeScalars.count
                if let limit = node.minLength, !check(length >= limit, .minLength(limit)) { return false }
                if let limit = node.maxLength, !check(length <= limit, .maxLength(limit)) { return false }
            }
            if let pattern = node.pattern, !check(pattern.matches(text), .pattern(pattern.source)) { return false }
            if node.assertsFormat, let format = node.format,
                !check(SchemaFormat.isValid(text, as: format), .format(format))
            {
                return false
            }
        }
        return valid
    }

    private static func isMultiple(_ number: Double, of divisor: Double) -> Bool {
        guard divisor > 0, number.isFinite else { return false }
        let quotient = number / divisor
        guard quotient.isFinite else { return false }
        if quotient.rounded() == quotient { return true }
        // Decimal fractions such as 0.0075 and 0.0001 are not exact in binary; compare them as decimals.
        let scaled = Decimal(string: String(number)).flatMap { value in
            Decimal(string: String(divisor)).map { value / $0 }
        }
        guard var exact = scaled else { return false }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return rounded == exact
    }

    /// The object keywords. `evaluated` gains every property an applicator here looked at.
    mutating func evaluateObject(
        _ node: SchemaNode, _ index: Int, _ instance: YAMLNode, _ entries: [YAMLNode.Entry],
        path: [SchemaViolation.Step], detailed: Bool, tracking: Bool, evaluated: inout EvaluatedParts
    ) -> Bool {
        var valid = true
        func failed() -> Bool {
            valid = false
            return detailed
        }
        if let limit = node.minProperties, entries.count < limit {
            if detailed { report(.minProperties(limit), instance, path: path, schema: index) }
            guard failed() else { return false }
        }
        if let limit = node.maxProperties, entries.count > limit {
            if detailed { report(.maxProperties(limit), instance, path: path, schema: index) }
            guard failed() else { return false }
        }
        for name in node.required where instance.entry(name) == nil {
            if detailed { report(.required(name), instance, path: path, schema: index) }
            guard failed() else { return false }
        }
        for (property, needed) in node.dependentRequired where instance.entry(property) != nil {
            for name in needed where instance.entry(name) == nil {
                if detailed {
                    report(.dependentRequired(property: property, missing: name), instance, path: path, schema: index)
                }
                guard failed() else { return false }
            }
        }
        for dependent in node.dependentSchemas where instance.entry(dependent.name) != nil {
            let outcome = evaluate(dependent.schema, instance, path: path, detailed: detailed, collect: tracking)
            if let parts = outcome.evaluated { evaluated.merge(parts) }
            if !outcome.valid {
                guard failed() else { return false }
            }
        }
        let appliesToProperties =
            !node.properties.isEmpty || !node.patternProperties.isEmpty || node.additionalProperties != nil
            || node.propertyNames != nil
        if appliesToProperties {
            for entry in entries {
                let childPath = detailed ? path + [.key(entry.key, at: entry.keyPosition)] : path
                if let names = node.propertyNames {
                    let name = YAMLNode(.string(entry.key), at: entry.keyPosition)
                    if !evaluate(names, name, path: childPath, detailed: detailed, collect: false).valid {
                        guard failed() else { return false }
                    }
                }
                var matched = false
                if let schema = node.properties[entry.key] {
                    matched = true
                    if !evaluate(schema, entry.value, path: childPath, detailed: detailed, collect: false).valid {
                        guard failed() else { return false }
                    }
                }
                for (pattern, schema) in node.patternProperties where pattern.matches(entry.key) {
                    matched = true
                    if !evaluate(schema, entry.value, path: childPath, detailed: detailed, collect: false).valid {
                        guard failed() else { return false }
                    }
                }
                if !matched, let schema = node.additionalProperties {
                    matched = true
                    if graph.nodes[schema].constant == false {
                        if detailed {
                            report(
                                .unknownProperty(entry.key, known: node.propertyOrder), instance, path: path,
                                schema: index)
                        }
                        guard failed() else { return false }
                    } else if !evaluate(schema, entry.value, path: childPath, detailed: detailed, collect: false).valid
                    {
                        guard failed() else { return false }
                    }
                }
                if matched, tracking { evaluated.properties.insert(entry.key) }
            }
        }
        if let schema = node.unevaluatedProperties {
            for entry in entries where !evaluated.properties.contains(entry.key) {
                let childPath = detailed ? path + [.key(entry.key, at: entry.keyPosition)] : path
                if graph.nodes[schema].constant == false {
                    if detailed {
                        let known = node.propertyOrder + evaluatedPropertyNames(of: node)
                        report(.unknownProperty(entry.key, known: known), instance, path: path, schema: index)
                    }
                    guard failed() else { return false }
                } else if !evaluate(schema, entry.value, path: childPath, detailed: detailed, collect: false).valid {
                    guard failed() else { return false }
                }
                evaluated.properties.insert(entry.key)
            }
        }
        return valid
    }

    /// The property names declared by the schemas this one applies in place, for "did you mean" hints.
    private func evaluatedPropertyNames(of node: SchemaNode) -> [String] {
        var names: [String] = []
        var seen: Set<Int> = []
        var pending =
            [node.reference, node.dynamicReference?.target].compactMap { $0 } + node.allOf + node.anyOf
            + node.oneOf + [node.thenSchema, node.elseSchema].compactMap { $0 }
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            let schema = graph.nodes[next]
            names += schema.propertyOrder
            pending +=
                [schema.reference, schema.dynamicReference?.target].compactMap { $0 } + schema.allOf
                + schema.anyOf + schema.oneOf
        }
        return names
    }

    /// The list keywords. `evaluated` gains every item an applicator here looked at.
    mutating func evaluateArray(
        _ node: SchemaNode, _ index: Int, _ instance: YAMLNode, _ items: [YAMLNode],
        path: [SchemaViolation.Step], detailed: Bool, evaluated: inout EvaluatedParts
    ) -> Bool {
        var valid = true
        func failed() -> Bool {
            valid = false
            return detailed
        }
        if let limit = node.minItems, items.count < limit {
            if detailed { report(.minItems(limit), instance, path: path, schema: index) }
            guard failed() else { return false }
        }
        if let limit = node.maxItems, items.count > limit {
            if detailed { report(.maxItems(limit), instance, path: path, schema: index) }
            guard failed() else { return false }
        }
        if node.uniqueItems, let (first, second) = Self.firstDuplicate(in: items) {
            if detailed {
                report(
                    .uniqueItems(firstIndex: first, duplicateIndex: second), items[second],
                    path: path + [.index(second, at: items[second].position)], schema: index)
            }
            guard failed() else { return false }
        }
        for (offset, item) in items.enumerated() {
            let schema: Int?
            if offset < node.prefixItems.count {
                schema = node.prefixItems[offset]
            } else {
                schema = node.items
            }
            guard let schema else { continue }
            evaluated.itemPrefix = max(evaluated.itemPrefix, offset + 1)
            let itemPath = detailed ? path + [.index(offset, at: item.position)] : path
            if !evaluate(schema, item, path: itemPath, detailed: detailed, collect: false).valid {
                guard failed() else { return false }
            }
        }
        if let contains = node.contains {
            var matches = 0
            for (offset, item) in items.enumerated() {
                var inner = Evaluation(graph: graph)
                inner.scope = scope
                if inner.evaluate(contains, item, path: [], detailed: false, collect: false).valid {
                    matches += 1
                    evaluated.items.insert(offset)
                }
            }
            let minimum = node.minContains ?? 1
            if matches < minimum || node.maxContains.map({ matches > $0 }) == true {
                if detailed {
                    report(
                        .contains(minimum: minimum, maximum: node.maxContains, found: matches), instance, path: path,
                        schema: index)
                }
                guard failed() else { return false }
            }
        }
        if let schema = node.unevaluatedItems {
            for (offset, item) in items.enumerated() where !evaluated.includesItem(offset) {
                if graph.nodes[schema].constant == false {
                    if detailed {
                        report(
                            .unknownItem(offset), item, path: path + [.index(offset, at: item.position)], schema: index)
                    }
                    guard failed() else { return false }
                } else if !evaluate(
                    schema, item, path: path + [.index(offset, at: item.position)], detailed: detailed, collect: false
                ).valid {
                    guard failed() else { return false }
                }
            }
            evaluated.itemPrefix = items.count
        }
        return valid
    }

    private static func firstDuplicate(in items: [YAMLNode]) -> (Int, Int)? {
        guard items.count > 1 else { return nil }
        for second in 1..<items.count {
            for first in 0..<second where items[first].isEqualInJSON(to: items[second]) { return (first, second) }
        }
        return nil
    }
}

extension YAMLNode {
    /// Whether the value is of the JSON type `type`; `integer` includes numbers such as `1.0`.
    func matches(_ type: SchemaNode.JSONType) -> Bool {
        switch (type, value) {
        case (.null, .null), (.boolean, .bool), (.object, .mapping), (.array, .sequence), (.string, .string): true
        case (.number, .integer), (.number, .number), (.integer, .integer): true
        case (.integer, .number(let number)): number.rounded() == number && number.isFinite
        default: false
        }
    }

    /// Equality as JSON defines it: numbers by value (`1 == 1.0`), objects regardless of key
    /// order, and positions ignored.
    func isEqualInJSON(to other: YAMLNode) -> Bool {
        switch (value, other.value) {
        case (.null, .null): return true
        case (.bool(let left), .bool(let right)): return left == right
        case (.string(let left), .string(let right)):
            // Code point by code point: JSON does not treat "é" and "e" + combining accent as equal.
            return left.unicodeScalars.elementsEqual(right.unicodeScalars)
        case (.integer(let left), .integer(let right)): return left == right
        case (.integer, .number), (.number, .integer), (.number, .number): return numberValue == other.numberValue
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isEqualInJSON(to: $1) }
        case (.mapping(let left), .mapping(let right)):
            guard left.count == right.count else { return false }
            return left.allSatisfy { entry in other[entry.key].map { entry.value.isEqualInJSON(to: $0) } ?? false }
        default: return false
        }
    }
}
