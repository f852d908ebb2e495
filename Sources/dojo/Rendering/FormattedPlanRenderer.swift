/// `explain("formatted")`'s layout: the operator tree with ids, then one section per operator with
/// its arguments. Ids are given leaves first, as Spark numbers them.
enum FormattedPlanRenderer {
    static func render(physical: String) -> String {
        let tree = PlanTree(physical)
        var ids: [Int: Int] = [:]
        var order: [Int] = []
        func number(_ index: Int) {
            for child in tree.nodes[index].children { number(child) }
            ids[index] = ids.count + 1
            order.append(index)
        }
        for root in tree.roots { number(root) }
        var lines = ["== Physical Plan =="]
        func draw(_ index: Int, indent: String, head: String) {
            let node = tree.nodes[index]
            lines.append(String(indent.dropLast(head.isEmpty ? 0 : 3)) + head + "\(node.name) (\(ids[index] ?? 0))")
            for (offset, child) in node.children.enumerated() {
                let last = offset == node.children.count - 1
                draw(child, indent: indent + (last ? "   " : ":  "), head: last ? "+- " : ":- ")
            }
        }
        for root in tree.roots { draw(root, indent: "", head: "") }
        lines.append("")
        for index in order {
            let node = tree.nodes[index]
            lines.append("")
            lines.append("(\(ids[index] ?? 0)) \(node.name)")
            if !node.arguments.isEmpty { lines.append("Arguments: \(node.arguments)") }
        }
        return lines.joined(separator: "\n")
    }
}
